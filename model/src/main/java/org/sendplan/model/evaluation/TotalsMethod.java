package org.sendplan.model.evaluation;

import org.sendplan.model.Counts;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.Dimension;
import org.sendplan.model.History;
import org.sendplan.model.Phase;
import org.sendplan.model.PlanningData;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.cohort.CohortEstimator;
import org.sendplan.model.cohort.CohortParameters;
import org.sendplan.model.quality.DataQuality;
import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.SortedMap;

/**
 * The cohort model degraded to what the DfE published before single-age censuses (January 2024):
 * totals, setting splits and age bands. plans(Y+1) = c × plans(Y) + new plans(Y), c the net
 * continuation from the totals identity of the last known year (shrunk to England's as the
 * cohort model shrinks each age's); new plans by the cohort model's damped trend
 * ({@link CohortEstimator#newPlansGrowth}); the provision mix by the cohort model's setting-share
 * trend ({@link CohortEstimator#settingTrend}); the phase mix from the age bands, trended the
 * same way and split into phases by England's single ages of January 2024. Its expected path
 * only (no random parts): the track record judges point forecasts and takes the bands from their
 * errors. It serves the rolling backtest's earlier base years only.
 */
final class TotalsMethod {
    private TotalsMethod() {
    }

    /** The method's point forecast of one roll-up, h years ahead of a base year. */
    record Component(int horizon, Dimension dimension, String group, double value) {
    }

    /** One base year's forecasts into {@code out}; what it had to work with, or null when it cannot run. */
    static RollingBacktest.BaseYear forecast(History history, DataQuality.Report q, PlanningData england, double[][] phaseOfBand, int base, int horizon,
                                             CohortParameters p, List<Component> out) {
        PlanningData known = history.data().knownAt(base);
        double tNow = known.caseloadTotal().get(base);
        Double tPrev = known.caseloadTotal().get(base - 1);
        SortedMap<Integer, Double> np = q.newPlans().headMap(base);
        if (np.isEmpty() || tPrev == null || Double.isNaN(tPrev) || tPrev <= 0) return null;
        double joiners = np.get(np.lastKey());
        double jLast = np.getOrDefault(base - 1, Double.NaN);
        double growth = CohortEstimator.newPlansGrowth(q.newPlansTrend(), england.newPlansTotal(), base - 1, p);
        // net continuation of the totals identity, shrunk to England's like each age's in the cohort model
        double own = Double.isNaN(jLast) || q.flaggedCaseload().contains(base) ? Double.NaN : (tNow - jLast) / tPrev;
        double eng = totalsContinuation(england, base);
        double w = Double.isNaN(own) ? 0 : tPrev / (tPrev + p.continuationPrior());
        double c = Double.isNaN(eng) ? (Double.isNaN(own) ? 1 : own) : w * (Double.isNaN(own) ? 0 : own) + (1 - w) * eng;
        c = Math.max(0, Math.min(1.2, c));
        // provision shares, trended
        int mixYear = lastWith(known.caseloadBySetting(), base);
        double[] settingShare = new double[DfeSetting.values().length];
        double[] settingTrend = mixYear == base ? CohortEstimator.settingTrend(known, q, base, new ArrayList<>()) : new double[settingShare.length];
        if (mixYear > 0) {
            double[] v = known.caseloadBySetting().get(mixYear);
            double s = Counts.sum(v);
            for (int i = 0; i < v.length; i++) settingShare[i] = Double.isNaN(v[i]) ? 0 : v[i] / s;
        }
        // band shares, trended
        SortedMap<Integer, double[]> bands = history.caseloadByBand().headMap(base + 1);
        int bandYear = bands.isEmpty() ? 0 : bands.lastKey();
        double[] bandShare = bandYear > 0 ? normalised(bands.get(bandYear)) : null;
        double[] bandTrend = bandYear > 0 ? shareTrend(bands, bandYear, q.flaggedCaseload()) : null;
        // the expected path of totals (no random parts: the track record judges point forecasts)
        double cumulative = 0, logLevel = 0, stock = tNow;
        for (int h = 1; h <= horizon; h++) {
            cumulative += Math.pow(p.damping(), h);
            logLevel += growth * Math.pow(p.damping(), h);
            stock = c * stock + joiners * Math.exp(logLevel);
            double total = stock;
            out.add(new Component(h, Dimension.TOTAL, SummaryRow.ALL, total));
            if (mixYear > 0) {
                double[] prov = new double[Provision.values().length];
                double norm = 0;
                for (DfeSetting s : DfeSetting.values()) {
                    double x = settingShare[s.ordinal()] * Math.exp(settingTrend[s.ordinal()] * cumulative);
                    prov[s.setting().provision().ordinal()] += x;
                    norm += x;
                }
                for (Provision pr : Provision.values()) out.add(new Component(h, Dimension.PROVISION, pr.name(), total * prov[pr.ordinal()] / norm));
            }
            if (bandShare != null) {
                double[] b = new double[bandShare.length];
                double norm = 0;
                double cum = cumulative + (base - bandYear); // a band mix older than the base year is trended up to it, undamped
                for (int i = 0; i < b.length; i++) {
                    b[i] = bandShare[i] * Math.exp(bandTrend[i] * cum);
                    norm += b[i];
                }
                double[] phases = new double[Phase.values().length];
                for (int i = 0; i < b.length; i++) for (int ph = 0; ph < phases.length; ph++) phases[ph] += b[i] / norm * phaseOfBand[i][ph];
                for (Phase ph : Phase.values()) out.add(new Component(h, Dimension.PHASE, ph.code(), total * phases[ph.ordinal()]));
            }
        }
        String inputs = String.format(Locale.ROOT, "caseload totals %d–%d, new plans %d–%d%s%s; no single ages, no need breakdown; "
                        + "net continuation %.3f (%.0f%% own), new plans growth %.1f%% a year before damping",
                known.caseloadTotal().firstKey(), base, np.firstKey(), np.lastKey(),
                mixYear > 0 ? ", setting split " + mixYear : ", no setting split",
                bandYear > 0 ? ", age bands " + bandYear : ", no age bands", c, 100 * w, 100 * (Math.exp(growth) - 1));
        return new RollingBacktest.BaseYear(base, "totals stock-flow (degraded)", inputs);
    }

    /** England's net continuation of plans from base − 1 to base (totals identity). */
    private static double totalsContinuation(PlanningData e, int base) {
        Double a = e.caseloadTotal().get(base), b = e.caseloadTotal().get(base - 1), j = e.newPlansTotal().get(base - 1);
        if (a == null || b == null || j == null || b <= 0) return Double.NaN;
        return (a - j) / b;
    }

    private static int lastWith(SortedMap<Integer, double[]> m, int upTo) {
        for (int y = upTo; y >= upTo - CohortEstimator.SHARE_TREND_YEARS; y--) {
            double[] v = m.get(y);
            if (v != null && Counts.sum(v) > 0) return y;
        }
        return 0;
    }

    private static double[] normalised(double[] v) {
        double s = Counts.sum(v);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = s > 0 && !Double.isNaN(v[i]) ? v[i] / s : 0;
        return out;
    }

    /** The cohort model's share trend ({@link CohortEstimator#settingTrend}) applied to age-band shares. */
    static double[] shareTrend(SortedMap<Integer, double[]> series, int last, Set<Integer> flagged) {
        int n = series.get(last).length;
        double[] trend = new double[n];
        List<Integer> years = new ArrayList<>();
        for (int y = last - CohortEstimator.SHARE_TREND_YEARS; y <= last; y++) {
            double[] v = series.get(y);
            if (v != null && Counts.sum(v) > 0 && !flagged.contains(y)) years.add(y);
        }
        if (years.size() < 3) return trend;
        for (int i = 0; i < n; i++) {
            SimpleRegression fit = new SimpleRegression();
            boolean small = false;
            for (int y : years) {
                double[] v = series.get(y);
                if (v[i] < 10) small = true;
                else fit.addData(y, Math.log(v[i] / Counts.sum(v)));
            }
            if (small) continue;
            trend[i] = Math.max(-CohortEstimator.SHARE_TREND_CAP, Math.min(CohortEstimator.SHARE_TREND_CAP, CohortEstimator.SHARE_TREND_WEIGHT * fit.getSlope()));
        }
        return trend;
    }
}
