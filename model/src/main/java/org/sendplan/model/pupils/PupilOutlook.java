package org.sendplan.model.pupils;

import org.sendplan.model.Assumption;

import java.util.List;

/**
 * Pupils, SEN support and EHC plans by January census year and NC year, observed and projected,
 * with the rates per 1,000 pupils: what pupils.csv and the Pupil census sheet show.
 *
 * @param scenario     the forecast's scenario
 * @param areaCode     the area's output code (old LA code, region code or England)
 * @param areaName     the area's name
 * @param baseYear     the EHCP base year
 * @param rows         year then NC year order
 * @param newPlanRates new plans at school ages per 1,000 pupils on SEN support, by calendar year
 * @param assumptions  every choice made, for the Assumptions sheet
 * @param method       notes on sources and methods
 */
public record PupilOutlook(String scenario, String areaCode, String areaName, int baseYear, List<Row> rows,
                           List<NewPlanRate> newPlanRates, List<Assumption> assumptions, List<String> method) {
    public PupilOutlook {
        rows = List.copyOf(rows);
        newPlanRates = List.copyOf(newPlanRates);
        assumptions = List.copyOf(assumptions);
        method = List.copyOf(method);
    }

    /**
     * One NC year in one census year; {@code NaN} where a figure is not known.
     *
     * @param projected true when any figure of the row is projected rather than observed
     */
    public record Row(int year, int ncy, double pupils, boolean projected, double senSupport, double ehcp) {
        public double ehcpPer1000() {
            return PupilOutlook.per1000(ehcp, pupils);
        }

        public double senSupportPer1000() {
            return PupilOutlook.per1000(senSupport, pupils);
        }
    }

    /**
     * New plans started in a calendar year at ages 4–15 (NCY 0–11) per 1,000 pupils in NCY 0–11
     * on SEN support in the January census of that year: a leading indicator of plans.
     */
    public record NewPlanRate(int year, double newPlans, double senSupport) {
        public double per1000() {
            return PupilOutlook.per1000(newPlans, senSupport);
        }
    }

    /** 1,000 × x / of, or {@code NaN} when either is unknown or {@code of} is not positive. */
    public static double per1000(double x, double of) {
        return Double.isFinite(x) && Double.isFinite(of) && of > 0 ? 1000 * x / of : Double.NaN;
    }

    /** Years in the rows, ascending, without repeats. */
    public int[] years() {
        return rows.stream().mapToInt(Row::year).distinct().sorted().toArray();
    }

    /** NC years in the rows, ascending, without repeats. */
    public int[] ncys() {
        return rows.stream().mapToInt(Row::ncy).distinct().sorted().toArray();
    }
}
