package org.sendplan.app;

import org.sendplan.data.AreaIndex;
import org.sendplan.data.DataException;
import org.sendplan.data.money.CapacityReader;
import org.sendplan.data.money.FinanceReader;
import org.sendplan.model.Area;
import org.sendplan.model.Forecast;
import org.sendplan.model.money.Capacity;
import org.sendplan.model.money.Finance;
import org.sendplan.model.money.IllustrativeInputs;
import org.sendplan.model.money.MadeFor;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.SufficiencyPlan;
import org.sendplan.model.money.SufficiencyPlanner;
import org.sendplan.scenarios.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Places and money for every route, one way: the baseline against the given capacity and
 * finance (or ILLUSTRATIVE ones: capacity equal to the base-year placements, finance whose High
 * Needs Block meets the baseline's first-year cost), each scenario against the same with its own
 * capacity, finance and overflow keys applied.
 *
 * @param capacity  the commissioned places read (null: ILLUSTRATIVE capacity)
 * @param finance   the finance read (null: ILLUSTRATIVE finance where the route plans by default, else no plan)
 * @param occupancy target occupancy (places needed = demand / occupancy)
 */
public record PlacesAndMoney(Capacity capacity, Finance finance, double occupancy) {
    /**
     * The capacity and finance files read now, before any forecast, so that a bad file is refused
     * at once rather than after the model has run (null: none given).
     */
    public static PlacesAndMoney read(Path capacityFile, Path financeFile, double occupancy) {
        return new PlacesAndMoney(capacityFile == null ? null : CapacityReader.read(capacityFile),
                financeFile == null ? null : FinanceReader.read(financeFile), occupancy);
    }

    /**
     * Refuses a capacity or finance file made for another authority than the one forecast (exit 3,
     * one line naming both), so that one authority is never planned on another's places and money.
     * A file that names no authority (written by hand, or by an older sendplan) is taken as it is.
     */
    public static void refuseOtherAuthority(Path capacityFile, Path financeFile, Area area, AreaIndex areas) {
        List<MadeFor> stamps = new ArrayList<>();
        if (capacityFile != null) CapacityReader.madeFor(capacityFile).ifPresent(stamps::add);
        if (financeFile != null) FinanceReader.madeFor(financeFile).ifPresent(stamps::add);
        for (MadeFor m : stamps) {
            if (m.laCode().equals(area.code())) continue;
            String other = areas.all().stream().filter(a -> a.code().equals(m.laCode())).map(a -> m.laCode() + " (" + a.name() + ")").findFirst()
                    .orElse(m.laCode());
            throw new DataException(m.file(), m.line(), m.field(), area.code() + " (" + area.name() + "), the authority forecast",
                    other + ": the file was made for another authority; give --any-authority to use it anyway");
        }
    }

    /** The baseline's plan and the capacity and finance every scenario starts from. */
    public record Baseline(Outcome outcome, Capacity capacity, Finance finance, double occupancy) {
        /** A scenario's outcome against the baseline's capacity and finance with its own keys applied (none when not planned). */
        public Outcome scenario(Forecast f, Scenario s) {
            if (capacity == null) return new Outcome(f, null, s.definition());
            return new Outcome(f, SufficiencyPlanner.plan(f, s.capacity(capacity), s.finance(finance), occupancy), s.definition());
        }
    }

    /** Whether a route that does or does not plan by default plans in this run. */
    public boolean plans(boolean byDefault) {
        return finance != null || byDefault;
    }

    public Baseline baseline(Forecast f, boolean byDefault) {
        if (!plans(byDefault)) return new Baseline(new Outcome(f, null), null, null, occupancy);
        Capacity places = capacity != null ? capacity : IllustrativeInputs.capacity(f);
        SufficiencyPlan plan = finance == null
                ? IllustrativeInputs.withAllocation(f, places, IllustrativeInputs.finance(), occupancy)
                : SufficiencyPlanner.plan(f, places, finance, occupancy);
        return new Baseline(new Outcome(f, plan), places, plan.finance(), occupancy);
    }

    /** The baseline's and each scenario's outcome (forecasts: the baseline first, then one per scenario). */
    public List<Outcome> plan(List<Forecast> forecasts, List<Scenario> scenarios, boolean byDefault) {
        Baseline b = baseline(forecasts.get(0), byDefault);
        List<Outcome> out = new ArrayList<>(List.of(b.outcome()));
        for (int i = 0; i < scenarios.size(); i++) out.add(b.scenario(forecasts.get(i + 1), scenarios.get(i)));
        return out;
    }
}
