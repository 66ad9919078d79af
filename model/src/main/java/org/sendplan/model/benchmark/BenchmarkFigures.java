package org.sendplan.model.benchmark;

import org.sendplan.model.Area;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.PlanningData;
import org.sendplan.model.Population;
import org.sendplan.model.Provision;

/**
 * One area's benchmark figures at a January census, read off the published release (not the
 * model's cleaned or repaired series: a benchmark compares what was published). NaN where the
 * release does not hold the figure (a missing census, no setting breakdown, no population).
 *
 * @param year              the January census
 * @param plans             EHC plans at the census
 * @param population0to25   persons aged 0–25 at mid-year {@code year − 1} (the mid-year before the
 *                          census, as the cohort model pairs them); NaN without a population
 * @param growth1           plans / plans a year earlier − 1
 * @param growth5           plans / plans five years earlier − 1
 * @param specialShare      plans in state special ({@link Provision#SPECIAL_STATE}) and independent or
 *                          non-maintained special schools ({@link Provision#SPECIAL_INDEPENDENT}) over all plans
 * @param independentShare  plans in independent or non-maintained special schools over all plans
 * @param newPlans          new plans made in calendar year {@code year − 1}
 */
public record BenchmarkFigures(Area area, int year, double plans, double population0to25, double growth1, double growth5,
                               double specialShare, double independentShare, double newPlans) {

    /** EHC plans per 1,000 persons aged 0–25. */
    public double plansPer1000() {
        return perThousand(plans);
    }

    /** New plans (calendar year {@code year − 1}) per 1,000 persons aged 0–25. */
    public double newPlansPer1000() {
        return perThousand(newPlans);
    }

    private double perThousand(double v) {
        return population0to25 > 0 ? 1000 * v / population0to25 : Double.NaN;
    }

    /** The same figures with persons aged 0–25 from {@code population} (NaN when it has no mid-year {@code year − 1}). */
    public BenchmarkFigures withPopulation(Population population) {
        return new BenchmarkFigures(area, year, plans, aged0to25(population, year - 1), growth1, growth5, specialShare, independentShare,
                newPlans);
    }

    /**
     * @param data       the area's published series (an authority's, or the sum of a region's or England's)
     * @param population the area's population by age, or null
     */
    public static BenchmarkFigures of(Area area, PlanningData data, int year, Population population) {
        double plans = value(data.caseloadTotal().get(year));
        double special = Double.NaN, independent = Double.NaN;
        double[] bySetting = data.caseloadBySetting().get(year);
        if (bySetting != null && plans > 0) {
            special = provision(bySetting, Provision.SPECIAL_STATE) + provision(bySetting, Provision.SPECIAL_INDEPENDENT);
            independent = provision(bySetting, Provision.SPECIAL_INDEPENDENT);
            special /= plans;
            independent /= plans;
        }
        return new BenchmarkFigures(area, year, plans, aged0to25(population, year - 1), growth(plans, data, year - 1),
                growth(plans, data, year - 5), special, independent, value(data.newPlansTotal().get(year - 1)));
    }

    /** A provision's plans from a setting breakdown; NaN when every one of its settings is missing (the publisher's x). */
    private static double provision(double[] bySetting, Provision p) {
        double sum = 0;
        boolean any = false;
        for (DfeSetting s : DfeSetting.values()) {
            if (s.setting().provision() != p || Double.isNaN(bySetting[s.ordinal()])) continue;
            sum += bySetting[s.ordinal()];
            any = true;
        }
        return any ? sum : Double.NaN;
    }

    private static double growth(double plans, PlanningData data, int earlier) {
        double before = value(data.caseloadTotal().get(earlier));
        return before > 0 && plans >= 0 ? plans / before - 1 : Double.NaN;
    }

    private static double aged0to25(Population population, int midYear) {
        if (population == null || !population.covers(midYear)) return Double.NaN;
        double sum = 0;
        // index 0 holds ages 0–2 together, the last index age 25: the whole array is ages 0–25
        for (double v : population.byYear().get(midYear)) sum += v;
        return sum;
    }

    private static double value(Double v) {
        return v == null ? Double.NaN : v;
    }
}
