package org.sendplan.model.pupils;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.sendplan.model.Assumption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Projects pupils by NC year by grade progression (cohort survival), the method of local
 * authorities' school-place forecasts: each year group moves up one NC year at the average of
 * its recent grade-progression ratios,
 * <pre>pupils(y, n) = GPR(n) × pupils(y − 1, n − 1),  GPR(n) = mean over the last R years of pupils(t, n) / pupils(t − 1, n − 1)</pre>
 * and the intake years (Reception, and nursery years where given) follow their own trend: the
 * least-squares slope of log pupils over the last T censuses, damped by φ a year
 * ({@code intake(last + h) = intake(last) × exp(g × (φ + φ² + … + φ^h))}).
 */
public final class GradeProgression {
    /**
     * @param ratioYears  R: the last R year-on-year ratios are averaged
     * @param trendYears  T: censuses the intake trend is fitted on
     * @param damping     φ: the intake's growth h years ahead is g × φ^h
     */
    public record Parameters(int ratioYears, int trendYears, double damping) {
        public static final Parameters DEFAULTS = new Parameters(3, 5, 0.8);

        public Parameters {
            if (ratioYears < 1) throw new IllegalArgumentException("ratioYears >= 1");
            if (trendYears < 2) throw new IllegalArgumentException("trendYears >= 2");
            if (damping < 0 || damping > 1) throw new IllegalArgumentException("damping in 0..1");
        }
    }

    private GradeProgression() {
    }

    /**
     * @param observed census year → pupils by NC year ({@code NaN} where not known); not empty
     * @param toYear   the last census year to project (nothing is projected when it is not after
     *                 the last observed year)
     * @param baseYear the EHCP base year, to say how many years are projected before it
     */
    public static PupilProjection project(SortedMap<Integer, double[]> observed, int toYear, int baseYear, Parameters p) {
        if (observed.isEmpty()) throw new IllegalArgumentException("no pupil census to project from");
        int last = observed.lastKey();
        int first = observed.firstKey();
        List<Assumption> as = new ArrayList<>();
        List<String> method = new ArrayList<>();
        int n = NcYears.COUNT;
        // the lowest NC year with figures, and every NC year at or below Reception, are intakes
        boolean[] known = new boolean[n];
        for (double[] v : observed.values()) for (int i = 0; i < n; i++) known[i] |= !Double.isNaN(v[i]);
        boolean[] intake = new boolean[n];
        for (int i = 0; i < n; i++) {
            intake[i] = known[i] && (NcYears.ncy(i) <= NcYears.RECEPTION || !known[i - 1]);
        }
        double[] ratios = NcYears.unknown();
        double[] growth = NcYears.unknown();
        for (int i = 0; i < n; i++) {
            if (!known[i]) continue;
            int ncy = NcYears.ncy(i);
            if (intake[i]) {
                growth[i] = intakeGrowth(observed, i, p.trendYears());
                as.add(new Assumption("pupils", "intake trend of NCY " + ncy + " (log per year)", growth[i],
                        String.format(Locale.ROOT, "least-squares slope of log pupils, censuses %d–%d; damped by %.2f a year",
                                Math.max(first, last - p.trendYears() + 1), last, p.damping())));
            } else {
                ratios[i] = meanRatio(observed, i, p.ratioYears());
                as.add(new Assumption("pupils", "grade progression NCY " + (ncy - 1) + " → " + ncy, ratios[i],
                        Double.isNaN(ratios[i]) ? "no usable ratio (no pupils in the NC year below): the last census is held"
                                : String.format(Locale.ROOT, "mean of the last %d yearly ratios to %d", p.ratioYears(), last)));
            }
        }
        SortedMap<Integer, double[]> out = new TreeMap<>();
        observed.forEach((y, v) -> out.put(y, v.clone()));
        double[] lastValues = observed.get(last);
        double[] prev = lastValues;
        double cumulative = 0; // Σ φ^k, k = 1..h
        for (int y = last + 1; y <= toYear; y++) {
            int h = y - last;
            cumulative += Math.pow(p.damping(), h);
            double[] cur = NcYears.unknown();
            for (int i = 0; i < n; i++) {
                if (!known[i]) continue;
                if (intake[i]) {
                    cur[i] = Double.isNaN(lastValues[i]) ? Double.NaN : lastValues[i] * Math.exp(growth[i] * cumulative);
                } else if (Double.isNaN(ratios[i])) {
                    cur[i] = lastValues[i];
                } else {
                    cur[i] = ratios[i] * prev[i - 1];
                }
            }
            out.put(y, cur);
            prev = cur;
        }
        method.add(String.format(Locale.ROOT, "Pupils by NC year: observed in the January censuses %d–%d; later years projected by grade "
                        + "progression (each year group moves up at the mean of its last %d yearly progression ratios) with the "
                        + "intake year(s) trended (log-linear slope over the last %d censuses, damped by %.2f a year).",
                first, last, p.ratioYears(), p.trendYears(), p.damping()));
        if (last < baseYear) {
            method.add("The last pupil census is January " + last + ", before the EHCP base year " + baseYear + ": the "
                    + (baseYear - last) + " census year(s) " + (last + 1) + (baseYear > last + 1 ? "–" + baseYear : "")
                    + " are projected across the gap, not observed, and marked projected in pupils.csv.");
        }
        return new PupilProjection(out, last, ratios, growth, as, method);
    }

    private static double meanRatio(SortedMap<Integer, double[]> obs, int i, int years) {
        double sum = 0;
        int k = 0;
        for (int y = obs.lastKey(); y > obs.firstKey() && k < years; y--) {
            double[] now = obs.get(y), before = obs.get(y - 1);
            if (now == null || before == null) continue;
            double a = now[i], b = before[i - 1];
            if (Double.isNaN(a) || Double.isNaN(b) || b <= 0) continue;
            sum += a / b;
            k++;
        }
        return k == 0 ? Double.NaN : sum / k;
    }

    private static double intakeGrowth(SortedMap<Integer, double[]> obs, int i, int years) {
        SimpleRegression fit = new SimpleRegression();
        int last = obs.lastKey();
        for (int y = last - years + 1; y <= last; y++) {
            double[] v = obs.get(y);
            if (v != null && v[i] > 0) fit.addData(y, Math.log(v[i]));
        }
        return fit.getN() < 2 ? 0 : fit.getSlope();
    }
}
