package org.sendplan.model.scenario;

import java.util.List;

/**
 * A ceiling on the share of children and young people with a plan: all EHC plans (ages 0–25)
 * per 1,000 pupils on roll, the measure of benchmark.csv's {@code plans_per_1000_pupils}, from a
 * census year on. A list ramps year by year, the last figure carried on. No draw of a year the
 * ceiling covers holds more plans than it allows; the plans above it are met in the support layer.
 *
 * @param per1000Pupils the ceiling in the period's first census year, then each later year's (the last carried on)
 */
public record PlanShareCeiling(List<Double> per1000Pupils, Period period) {
    public PlanShareCeiling {
        per1000Pupils = List.copyOf(per1000Pupils);
        if (per1000Pupils.isEmpty()) throw new IllegalArgumentException("a ceiling needs a figure");
        for (double v : per1000Pupils) if (!(v > 0 && v <= 1000)) throw new IllegalArgumentException("plans per 1,000 pupils must be in (0, 1000]: " + v);
    }

    /** Plans per 1,000 pupils allowed at a January census, or NaN where the ceiling does not apply. */
    public double at(int census) {
        if (!period.covers(census)) return Double.NaN;
        int step = (int) Math.min(per1000Pupils.size() - 1L, (long) census - period.firstCensus());
        return per1000Pupils.get(step);
    }
}
