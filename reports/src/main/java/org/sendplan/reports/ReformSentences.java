package org.sendplan.reports;

import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.reform.ChangeSplit;
import org.sendplan.model.reform.ReformPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * The reform plan's assumptions in sentences, as the workbook and the dashboard print them beside
 * its tables: what every table shares (the model's notes: years, central figure, rounding, data),
 * the band of the total and its track record ({@link org.sendplan.model.BandCoverage#note}), and
 * what each outcome assumes (a scenario's levers as {@link LeverSentences} words them).
 */
final class ReformSentences {
    /** The outcome names of the columns: the baseline is the plan's unmitigated line. */
    static final String UNMITIGATED = "Unmitigated (baseline)";

    private ReformSentences() {
    }

    /** The column heading of outcome {@code i}. */
    static String outcome(List<ReformPlan> plans, int i) {
        return i == 0 ? UNMITIGATED : plans.get(i).scenario();
    }

    /** What every table shares, then the band and each outcome's levers. */
    static List<String> common(List<ReformPlan> plans, List<Outcome> outcomes) {
        List<String> out = new ArrayList<>(plans.get(0).notes());
        Forecast f = outcomes.get(0).forecast();
        out.add("The band of each year's total (summary.csv's p10 and p90, not shown in these tables): " + f.coverage().note(Dimension.TOTAL)
                + ".");
        out.add(UNMITIGATED + ": current trends, no lever.");
        for (int i = 1; i < outcomes.size() && i < plans.size(); i++) {
            List<String> levers = new ArrayList<>();
            for (String line : outcomes.get(i).definition().levers()) levers.addAll(LeverSentences.of(line));
            out.add(plans.get(i).scenario() + ": " + (levers.isEmpty() ? "no lever." : String.join(" ", levers)));
        }
        return out;
    }

    /** How the change is split, in words (with the population's source). */
    static List<String> split(ChangeSplit s) {
        return List.of("Each year's change in plans (the rounded totals of table 5.1) split into the part due to the change in the 0–25 "
                        + "population and the part due to plans per head, age by age, by the symmetric (midpoint) decomposition: population "
                        + "part = Σ (P1 − P0) × (r0 + r1) / 2, rate part = Σ (r1 − r0) × (P0 + P1) / 2 over single ages, r = plans per head. "
                        + "The parts add up to the change with no interaction term left, and are rounded by largest remainder so that they "
                        + "still do.",
                "Population: " + s.populationSource() + ", persons at mid-year N beside the plans of the January N+1 census; plans by age are "
                        + "the central total shared out in the projection's age mix (age at 31 August; ages 0–2 together).");
    }
}
