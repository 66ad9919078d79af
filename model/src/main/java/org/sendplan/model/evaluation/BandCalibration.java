package org.sendplan.model.evaluation;

import org.sendplan.model.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much the backtest's degraded method widens its simulated p10–p90 band around the
 * forecast, per year ahead, so that it covers about 80% of outturns: for each horizon the scale
 * at which 80% of the pooled errors across every authority fall inside ({@link #fit}), one set
 * for totals and one for the provision and phase groups (whose mix the simulation does not
 * vary). The last scale holds for longer horizons; scale 1 leaves the simulated band as it is.
 */
public record BandCalibration(double[] total, double[] groups, String source) {
    /**
     * The degraded method's band scale per year ahead: {@link BandCalibration#fit} on the
     * uncalibrated backtests (400 simulations, seed 42, horizons 1–5) of every authority with a
     * January 2025 census, base years 2012–2023 (docs/validation.md; printed again by the bench
     * module's BacktestAccuracy). Provision and phase groups are left uncalibrated: their band is the
     * total's band times the group's share (the simulation does not vary the mix), and widening it
     * to 80% would take a factor of 7–19, which says the mix error needs its own random part.
     */
    public static final BandCalibration TOTALS_2012_2023 = new BandCalibration(new double[]{1.15, 1.59, 1.95, 2.41, 2.92}, new double[]{1},
            "totals: simulated p10–p90 widened to cover 80% of the pooled 2012–2023 backtests of every authority; "
                    + "provisions and phases: uncalibrated (total's band × share)");

    public static final BandCalibration NONE = new BandCalibration(new double[]{1}, new double[]{1}, "uncalibrated simulated p10–p90");
    public static final double TARGET = 0.80;

    public BandCalibration {
        total = total.clone();
        groups = groups.clone();
    }

    public double scale(Dimension d, int horizon) {
        double[] s = d == Dimension.TOTAL ? total : groups;
        return s[Math.min(horizon, s.length) - 1];
    }

    public String describe() {
        return source + "; half-width scale by years ahead: totals " + list(total) + ", provisions and phases " + list(groups);
    }

    private static String list(double[] s) {
        StringBuilder sb = new StringBuilder();
        for (int h = 0; h < s.length; h++) sb.append(h == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", s[h]));
        return sb.toString();
    }

    /**
     * The scales at which {@link #TARGET} of the uncalibrated rows' outturns fall inside
     * forecast − s × (forecast − p10) … forecast + s × (p90 − forecast).
     */
    public static BandCalibration fit(List<RollingBacktest.Row> uncalibrated, int horizons, String source) {
        double[] t = new double[horizons], g = new double[horizons];
        for (int h = 1; h <= horizons; h++) {
            t[h - 1] = quantile(needed(uncalibrated, h, true));
            g[h - 1] = quantile(needed(uncalibrated, h, false));
        }
        return new BandCalibration(t, g, source);
    }

    private static List<Double> needed(List<RollingBacktest.Row> rows, int h, boolean total) {
        List<Double> out = new ArrayList<>();
        for (RollingBacktest.Row r : rows) {
            if (r.method() != RollingBacktest.Method.SENDPLAN || r.horizon() != h || Double.isNaN(r.p10())) continue;
            if ((r.dimension() == Dimension.TOTAL) != total) continue;
            double lo = r.forecast() - r.p10(), hi = r.p90() - r.forecast();
            double e = r.actual() - r.forecast();
            double need = e >= 0 ? (hi > 0 ? e / hi : (e == 0 ? 0 : Double.POSITIVE_INFINITY)) : (lo > 0 ? -e / lo : Double.POSITIVE_INFINITY);
            out.add(need);
        }
        return out;
    }

    private static double quantile(List<Double> v) {
        if (v.isEmpty()) return 1;
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double x = a[(int) Math.min(a.length - 1, Math.ceil(TARGET * a.length) - 1)];
        return Double.isInfinite(x) ? 1 : Math.round(x * 100) / 100.0;
    }

    /** The band of a forecast widened by the scale. */
    public double[] apply(Dimension d, int horizon, double forecast, double p10, double p90) {
        double s = scale(d, horizon);
        return new double[]{forecast - s * (forecast - p10), forecast + s * (p90 - forecast)};
    }
}
