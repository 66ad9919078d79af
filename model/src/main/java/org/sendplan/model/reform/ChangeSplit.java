package org.sendplan.model.reform;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each year's change in plans comes from: the part due to the change in the 0–25
 * population and the part due to the change in plans per head, age by age, by the symmetric
 * (midpoint) decomposition, so that no interaction term is left over:
 * <pre>
 *   population part = Σ_a (P1_a − P0_a) × (r0_a + r1_a) / 2
 *   rate part       = Σ_a (r1_a − r0_a) × (P0_a + P1_a) / 2,     r_a = plans_a / P_a
 * </pre>
 * Per age, P1·r1 − P0·r0 = (P1 − P0)(r0 + r1)/2 + (r1 − r0)(P0 + P1)/2 exactly, so the two parts
 * add up to the change. Whole-number parts are rounded by {@link LargestRemainder} to the change
 * in the rounded totals (the reform tables' totals), so they still add up after rounding.
 *
 * @param populationSource where the population came from
 * @param steps            one per year after the first
 */
public record ChangeSplit(String populationSource, List<Step> steps) {
    public ChangeSplit {
        steps = List.copyOf(steps);
    }

    /**
     * One year's change, from the year before.
     *
     * @param year             the calendar year (as {@link ReformPlan#years})
     * @param plansBefore      the rounded total of the year before
     * @param plans            the rounded total of the year
     * @param populationPart   the part due to the population, whole plans
     * @param ratePart         the part due to plans per head, whole plans
     * @param populationBefore persons aged 0–25 the year before
     * @param population       persons aged 0–25
     * @param exactPopulationPart the population part before rounding
     * @param exactRatePart    the rate part before rounding
     */
    public record Step(int year, long plansBefore, long plans, long populationPart, long ratePart, double populationBefore,
                       double population, double exactPopulationPart, double exactRatePart) {
        public long change() {
            return plans - plansBefore;
        }

        /** Plans per 1,000 persons aged 0–25 the year before. */
        public double per1000Before() {
            return 1000 * plansBefore / populationBefore;
        }

        /** Plans per 1,000 persons aged 0–25. */
        public double per1000() {
            return 1000 * plans / population;
        }
    }

    /**
     * The split of every year after the first.
     *
     * @param years      calendar years
     * @param plans      [year][age] plans (unrounded; each year's ages add up to its unrounded total)
     * @param rounded    [year] the rounded totals
     * @param population [year][age] persons (the same ages as {@code plans}); a year without one is null and has no step
     */
    public static ChangeSplit of(String populationSource, List<Integer> years, double[][] plans, long[] rounded, double[][] population) {
        List<Step> steps = new ArrayList<>();
        for (int y = 1; y < years.size(); y++) {
            double[] p0 = population[y - 1], p1 = population[y];
            if (p0 == null || p1 == null) continue;
            double popPart = 0, change = 0, pop0 = 0, pop1 = 0;
            for (int a = 0; a < p0.length; a++) {
                double c = plans[y][a] - plans[y - 1][a];
                change += c;
                pop0 += p0[a];
                pop1 += p1[a];
                // an age with no one in it has no rate: its whole change is a change of rate
                if (p0[a] > 0 && p1[a] > 0) popPart += (p1[a] - p0[a]) * (plans[y - 1][a] / p0[a] + plans[y][a] / p1[a]) / 2;
            }
            // the rate part as the rest: the same as its own formula wherever both populations are above 0, and the parts add up exactly
            double ratePart = change - popPart;
            long[] whole = LargestRemainder.round(new double[]{popPart, ratePart}, rounded[y] - rounded[y - 1]);
            steps.add(new Step(years.get(y), rounded[y - 1], rounded[y], whole[0], whole[1], pop0, pop1, popPart, ratePart));
        }
        return new ChangeSplit(populationSource, steps);
    }
}
