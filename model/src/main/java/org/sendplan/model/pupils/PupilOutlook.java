package org.sendplan.model.pupils;

import org.sendplan.model.Assumption;
import org.sendplan.model.Phase;

import java.util.ArrayList;

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

    /**
     * Pupils, plans and SEN support of a phase (or {@code ALL} NC years) in one year. The rates
     * are taken over the NC years where both figures are known.
     */
    public record PhaseRow(int year, String phase, double pupils, double ehcp, double ehcpPer1000, double senSupport,
                           double senSupportPer1000, boolean projected) {
    }

    /** Roll-up code of Reception to Year 11 (compulsory school ages) in {@link #byPhase()}. */
    public static final String SCHOOL_AGES = "reception_to_year_11";

    /**
     * The rows rolled up by phase ({@link Phase} codes, then {@link #SCHOOL_AGES}: Reception to
     * Year 11), year then phase order.
     */
    public List<PhaseRow> byPhase() {
        List<PhaseRow> out = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        for (Row r : rows) {
            String ph = Phase.ofAge(NcYears.age(r.ncy())).code();
            if (!phases.contains(ph)) phases.add(ph);
        }
        phases.sort(java.util.Comparator.comparingInt(c -> java.util.Arrays.stream(Phase.values()).map(Phase::code).toList().indexOf(c)));
        phases.add(SCHOOL_AGES);
        for (int y : years()) {
            for (String ph : phases) {
                double pupils = 0, e = 0, ep = 0, s = 0, sp = 0;
                boolean any = false, anyE = false, anyS = false, projected = false;
                for (Row r : rows) {
                    boolean in = ph.equals(SCHOOL_AGES) ? r.ncy() >= 0 && r.ncy() <= 11 : Phase.ofAge(NcYears.age(r.ncy())).code().equals(ph);
                    if (r.year() != y || !in) continue;
                    projected |= r.projected();
                    if (Double.isNaN(r.pupils())) continue;
                    any = true;
                    pupils += r.pupils();
                    if (!Double.isNaN(r.ehcp())) { anyE = true; e += r.ehcp(); ep += r.pupils(); }
                    if (!Double.isNaN(r.senSupport())) { anyS = true; s += r.senSupport(); sp += r.pupils(); }
                }
                if (!any) continue;
                out.add(new PhaseRow(y, ph, pupils, anyE ? e : Double.NaN, anyE ? per1000(e, ep) : Double.NaN,
                        anyS ? s : Double.NaN, anyS ? per1000(s, sp) : Double.NaN, projected));
            }
        }
        return out;
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
