package org.sendplan.model.reform;

import org.sendplan.model.Forecast;
import org.sendplan.model.Population;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills the local SEND reform plan's data tables ({@link ReformPlan}) from one outcome's forecast
 * of the DfE route (whose settings are {@link org.sendplan.model.DfeSetting}s) and what was
 * published for the calendar year before its base census.
 */
public final class ReformPlans {
    private ReformPlans() {
    }

    public static ReformPlan of(Forecast f, ReformInputs in, AgeRule rule) {
        CentralMix mix = new CentralMix(f);
        int base = f.baseYear();
        List<Integer> years = new ArrayList<>();
        for (int y = 0; y < mix.years; y++) years.add(base - 1 + y);
        List<String> notes = new ArrayList<>(List.of(
                "Years are calendar years, as the public reading of the template (MastodonC's witan.send.lsrp) labels them: " + years.get(1)
                        + " holds the plans at the January " + (years.get(1) + 1) + " SEN2 census and the requests, assessments and new "
                        + "plans of calendar year " + years.get(1) + ". " + years.get(0) + " (the January " + base
                        + " census and calendar " + years.get(0) + ") is observed; later years are forecast.",
                "Each year's total is the run's central figure for that census: the median of its " + (f.draws() == null ? "simulations"
                        : f.draws().simulations() + " draws") + ", the figure the headline and summary.csv's p50 show. Its parts are the "
                        + "total shared out in the projection's mix (the draws' mean plans by age, setting and need), rounded to whole numbers "
                        + "by largest remainder so that every table adds up to its rounded total.",
                "Data: " + in.source() + "."));
        List<ReformTable> tables = new ArrayList<>(StockTables.of(mix, rule));
        tables.addAll(FlowTables.of(mix, in, base - 1, notes));
        return new ReformPlan(f.scenario(), f.area(), base, rule, years, tables, split(mix, years, in.population()), notes);
    }

    /** The population and rate parts of each year's change; null without a population. */
    private static ChangeSplit split(CentralMix mix, List<Integer> years, Population pop) {
        if (pop == null) return null;
        double[][] persons = new double[years.size()][];
        // the plans of the January N+1 census against the persons of mid-year N, as the cohort model pairs them
        for (int y = 0; y < years.size(); y++) if (pop.covers(years.get(y))) persons[y] = pop.byYear().get(years.get(y)).clone();
        return ChangeSplit.of(pop.source(), years, mix.byAge, mix.rounded, persons);
    }
}
