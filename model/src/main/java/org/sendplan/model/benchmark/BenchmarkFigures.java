package org.sendplan.model.benchmark;

import org.sendplan.model.Area;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.PlanningData;
import org.sendplan.model.Population;
import org.sendplan.model.Provision;

/**
 * One area's benchmark figures at a January census, read off the published release (not the
 * model's cleaned or repaired series: a benchmark compares what was published). NaN where the
 * release does not hold the figure (a missing census, no setting breakdown, no population, no
 * requests table, no pupil count).
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
 * @param pupils            pupils at the January school census {@code pupilsYear} (the latest held no later
 *                          than {@code year}: it may be earlier than the plans' census); NaN without one
 * @param pupilsYear        the school census of {@code pupils}; 0 without one
 * @param requests          requests for an EHC needs assessment received in calendar year {@code year − 1}
 * @param requestsGrowth1   requests / requests a calendar year earlier − 1
 * @param requestsGrowth5   requests / requests five calendar years earlier − 1
 * @param assessedShare     requests of calendar year {@code year − 1} the authority decided to assess, over
 *                          those received (the DfE's {@code request_assess_pc} as a fraction)
 */
public record BenchmarkFigures(Area area, int year, double plans, double population0to25, double growth1, double growth5,
                               double specialShare, double independentShare, double newPlans, double pupils, int pupilsYear,
                               double requests, double requestsGrowth1, double requestsGrowth5, double assessedShare) {

    /** EHC plans per 1,000 persons aged 0–25. */
    public double plansPer1000() {
        return perThousand(plans, population0to25);
    }

    /** New plans (calendar year {@code year − 1}) per 1,000 persons aged 0–25. */
    public double newPlansPer1000() {
        return perThousand(newPlans, population0to25);
    }

    /** Requests (calendar year {@code year − 1}) per 1,000 persons aged 0–25. */
    public double requestsPer1000() {
        return perThousand(requests, population0to25);
    }

    /** EHC plans (of every age and setting) per 1,000 pupils at the school census {@link #pupilsYear}. */
    public double plansPer1000Pupils() {
        return perThousand(plans, pupils);
    }

    /** New plans (calendar year {@code year − 1}) per 1,000 pupils. */
    public double newPlansPer1000Pupils() {
        return perThousand(newPlans, pupils);
    }

    /** Requests (calendar year {@code year − 1}) per 1,000 pupils. */
    public double requestsPer1000Pupils() {
        return perThousand(requests, pupils);
    }

    private static double perThousand(double v, double per) {
        return per > 0 ? 1000 * v / per : Double.NaN;
    }

    /** The same figures with persons aged 0–25 from {@code population} (NaN when it has no mid-year {@code year − 1}). */
    public BenchmarkFigures withPopulation(Population population) {
        return new BenchmarkFigures(area, year, plans, aged0to25(population, year - 1), growth1, growth5, specialShare, independentShare,
                newPlans, pupils, pupilsYear, requests, requestsGrowth1, requestsGrowth5, assessedShare);
    }

    /**
     * @param data       the area's published series (an authority's, or the sum of a region's or England's)
     * @param population the area's population by age, or null
     * @param requests   the area's requests (an authority's, or the sum of a region's or England's); {@link Requests#NONE} if none
     * @param pupils     the area's pupils at school census {@code pupilsYear}, NaN if not known
     */
    public static BenchmarkFigures of(Area area, PlanningData data, int year, Population population, Requests requests, double pupils,
                                      int pupilsYear) {
        double plans = value(data.caseloadTotal().get(year));
        double special = Double.NaN, independent = Double.NaN;
        double[] bySetting = data.caseloadBySetting().get(year);
        if (bySetting != null && plans > 0) {
            special = provision(bySetting, Provision.SPECIAL_STATE) + provision(bySetting, Provision.SPECIAL_INDEPENDENT);
            independent = provision(bySetting, Provision.SPECIAL_INDEPENDENT);
            special /= plans;
            independent /= plans;
        }
        double received = requests.receivedIn(year - 1), assessed = requests.assessedIn(year - 1);
        return new BenchmarkFigures(area, year, plans, aged0to25(population, year - 1), growth(plans, data, year - 1),
                growth(plans, data, year - 5), special, independent, value(data.newPlansTotal().get(year - 1)),
                pupils > 0 ? pupils : Double.NaN, pupils > 0 ? pupilsYear : 0, received,
                ratio(received, requests.receivedIn(year - 2)), ratio(received, requests.receivedIn(year - 6)),
                received > 0 && assessed >= 0 && assessed <= received ? assessed / received : Double.NaN);
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
        return ratio(plans, value(data.caseloadTotal().get(earlier)));
    }

    private static double ratio(double now, double before) {
        return before > 0 && now >= 0 ? now / before - 1 : Double.NaN;
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
