package org.sendplan.model.pupils;

import org.sendplan.model.Ages;
import org.sendplan.model.Assumption;
import org.sendplan.model.Forecast;
import org.sendplan.model.Projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Puts the pupil census beside the EHC plan forecast: pupils (observed, then projected by
 * {@link GradeProgression}), SEN support and EHC plans by NC year and year, and the rates per
 * 1,000 pupils.
 * <ul>
 * <li>EHC plans: the pupil census's own count where it gives one for that year (school census or
 *     DfE SEN census); otherwise SEN2's plans at age NCY + 4 (single ages, observed up to the base
 *     year) and the forecast's mean from the base year on. NCY −2 gets no SEN2 figure: SEN2's
 *     youngest age is the band "2 and under".</li>
 * <li>SEN support: observed where given; later years at the last observed rate per 1,000 pupils
 *     of each NC year, times the projected pupils.</li>
 * <li>New plans per 1,000 on SEN support: new plans of calendar year Y at ages 4–15 over the
 *     pupils of NCY 0–11 on SEN support in January Y, where both are known.</li>
 * </ul>
 */
public final class PupilRates {
    private static final int SCHOOL_FIRST_NCY = 0;
    private static final int SCHOOL_LAST_NCY = 11;

    private PupilRates() {
    }

    /**
     * @param forecast      the EHC plan forecast (its base year, horizon and projection means)
     * @param census        the pupil census known at the base year ({@link PupilCensus#NONE} if none)
     * @param pupils        the pupil projection through the horizon, or null without pupil numbers
     * @param sen2ByAge     SEN2 single-age caseload, census year → plans by age index ({@link Ages})
     * @param newPlansByAge SEN2 new plans, calendar year → plans by age when started (age index)
     */
    public static PupilOutlook outlook(Forecast forecast, PupilCensus census, PupilProjection pupils,
                                       SortedMap<Integer, double[]> sen2ByAge, SortedMap<Integer, double[]> newPlansByAge) {
        int base = forecast.baseYear();
        int lastYear = base + forecast.horizon();
        Projection proj = forecast.projection();
        List<Assumption> as = new ArrayList<>();
        List<String> method = new ArrayList<>(census.notes());
        if (pupils != null) {
            as.addAll(pupils.assumptions());
            method.addAll(pupils.method());
        }

        int firstYear = base;
        if (pupils != null) firstYear = Math.min(firstYear, pupils.pupils().firstKey());
        if (!census.senSupport().isEmpty()) firstYear = Math.min(firstYear, census.senSupport().firstKey());
        if (!census.ehcp().isEmpty()) firstYear = Math.min(firstYear, census.ehcp().firstKey());
        if (!sen2ByAge.isEmpty()) firstYear = Math.min(firstYear, sen2ByAge.firstKey());

        boolean[] ncyUsed = new boolean[NcYears.COUNT];
        if (pupils != null) {
            for (double[] v : pupils.pupils().values()) for (int i = 0; i < NcYears.COUNT; i++) ncyUsed[i] |= !Double.isNaN(v[i]);
        } else {
            for (int ncy = 0; ncy <= NcYears.MAX; ncy++) ncyUsed[NcYears.index(ncy)] = true;
        }

        // SEN support after the last census: the last observed rate per 1,000 of each NC year
        int lastSen = census.senSupport().isEmpty() ? Integer.MAX_VALUE : census.senSupport().lastKey();
        double[] lastSenRate = NcYears.unknown();
        if (lastSen != Integer.MAX_VALUE && pupils != null) {
            double[] s = census.senSupport().get(lastSen);
            for (int i = 0; i < NcYears.COUNT; i++) {
                double r = PupilOutlook.per1000(s[i], pupils.at(lastSen, NcYears.ncy(i)));
                lastSenRate[i] = r;
                if (ncyUsed[i] && Double.isFinite(r)) {
                    as.add(new Assumption("pupils", "SEN support per 1,000 pupils, NCY " + NcYears.ncy(i) + " (held)", r,
                            census.senSource() + ", January " + lastSen + "; held for later years"));
                }
            }
        }

        List<PupilOutlook.Row> rows = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            for (int i = 0; i < NcYears.COUNT; i++) {
                if (!ncyUsed[i]) continue;
                int ncy = NcYears.ncy(i);
                double p = pupils == null ? Double.NaN : pupils.at(y, ncy);
                boolean projected = pupils != null && pupils.projected(y) && !Double.isNaN(p);
                double sen = Double.NaN;
                double[] ss = census.senSupport().get(y);
                if (ss != null) {
                    sen = ss[i];
                } else if (y > lastSen && Double.isFinite(lastSenRate[i]) && Double.isFinite(p)) {
                    sen = lastSenRate[i] * p / 1000;
                    projected = true;
                }
                double ehcp = Double.NaN;
                double[] ce = census.ehcp().get(y);
                int age = NcYears.age(ncy);
                if (ce != null && y <= base) {
                    ehcp = ce[i];
                } else if (ncy > NcYears.MIN && age >= Ages.MIN && age <= Ages.MAX) {
                    if (y < base && sen2ByAge.containsKey(y)) {
                        ehcp = sen2ByAge.get(y)[Ages.index(age)];
                    } else if (y >= base && age >= proj.minAge() && age <= proj.maxAge()) {
                        ehcp = plansAt(proj, y - proj.firstYear(), age - proj.minAge());
                        projected |= y > base;
                    }
                }
                if (Double.isNaN(p) && Double.isNaN(sen) && Double.isNaN(ehcp)) continue;
                rows.add(new PupilOutlook.Row(y, ncy, p, projected, sen, ehcp));
            }
        }

        List<PupilOutlook.NewPlanRate> npr = new ArrayList<>();
        for (var e : census.senSupport().entrySet()) {
            double[] started = newPlansByAge.get(e.getKey());
            if (started == null) continue;
            double np = 0, pool = 0;
            for (int ncy = SCHOOL_FIRST_NCY; ncy <= SCHOOL_LAST_NCY; ncy++) {
                np += started[Ages.index(NcYears.age(ncy))];
                pool += e.getValue()[NcYears.index(ncy)];
            }
            if (Double.isNaN(pool)) continue;
            PupilOutlook.NewPlanRate r = new PupilOutlook.NewPlanRate(e.getKey(), np, pool);
            npr.add(r);
            as.add(new Assumption("leading indicator", "new plans per 1,000 pupils on SEN support, calendar " + e.getKey(), r.per1000(),
                    String.format(Locale.ROOT, "SEN2 new plans at ages 4–15 (%.0f) / SEN support NCY 0–11, January %d (%.0f; %s)",
                            np, e.getKey(), pool, census.senSource())));
        }

        method.add("EHC plans per 1,000 pupils by NC year: plans at SEN2 age NCY + 4 (wherever the child is placed) over the "
                + (pupils == null ? "pupil numbers (none given: the rates are empty)" : "pupil numbers of " + census.pupilsSource())
                + (census.ehcp().isEmpty() ? "" : "; in January " + years(census.ehcp()) + " plans are the pupil census's own count ("
                + census.senSource() + ")")
                + ". The two do not cover the same children (pupils in special schools, independent schools and colleges may be "
                + "outside the pupil count but hold a plan), so the rate is an indicator of prevalence, not a share. At NCY 12–14 "
                + "school pupil counts miss students in further education colleges, who hold many of the plans at ages 16–18, "
                + "so those rates can exceed 1,000.");
        if (!census.senSupport().isEmpty()) {
            method.add("SEN support by NC year: " + census.senSource() + ", January " + years(census.senSupport())
                    + (pupils != null ? "; later years at each NC year's last observed rate per 1,000 pupils." : "."));
        }
        return new PupilOutlook(forecast.scenario(), forecast.area().code(), forecast.area().name(), base, rows, npr, as, method);
    }

    private static String years(SortedMap<Integer, double[]> m) {
        return m.firstKey().equals(m.lastKey()) ? m.firstKey().toString() : m.firstKey() + "–" + m.lastKey();
    }

    private static double plansAt(Projection p, int yearIndex, int ageIndex) {
        double s = 0;
        for (int st = 0; st < p.settings().size(); st++) {
            for (int n = 0; n < p.needs().size(); n++) s += p.mean(p.index(yearIndex, ageIndex, st, n));
        }
        return s;
    }
}
