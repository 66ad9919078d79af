package org.sendplan.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * How often past bands made the same way contained the outturn, out of sample, per roll-up and
 * years ahead ([h − 1]; NaN where not measured). A band is called "80%" only when its measured
 * coverage is within {@link #NOMINAL_LOW}–{@link #NOMINAL_HIGH}; otherwise its label says what
 * was measured. Every measured coverage here is pooled: the judge's past forecasts of every
 * authority ({@code TrackRecord}), so each label and note says so ({@link #EVERY_AUTHORITY}); an
 * area's own backtest says {@link #THIS_AUTHORITY} beside its coverage.
 */
public record BandCoverage(Map<Dimension, double[]> byHorizon) {
    public static final BandCoverage UNMEASURED = new BandCoverage(Map.of());
    public static final double NOMINAL_LOW = 0.75, NOMINAL_HIGH = 0.85;
    /** Where these coverages were measured: pooled over every authority's past forecasts. */
    public static final String EVERY_AUTHORITY = "in past forecasts for every authority";
    /** Where an area's own backtest measured its coverage. */
    public static final String THIS_AUTHORITY = "in past forecasts for this authority";

    public BandCoverage {
        Map<Dimension, double[]> m = new EnumMap<>(Dimension.class);
        byHorizon.forEach((d, v) -> m.put(d, v.clone()));
        byHorizon = java.util.Collections.unmodifiableMap(m);
    }

    /** The longest horizon whose coverage was measured (0: none). */
    public int longestMeasured(Dimension d) {
        int h = 0;
        while (!Double.isNaN(at(d, h + 1))) h++;
        return h;
    }

    /** Measured coverage h years ahead (NaN: not measured). */
    public double at(Dimension d, int horizon) {
        double[] v = byHorizon.get(d);
        return v == null || horizon < 1 || horizon > v.length ? Double.NaN : v[horizon - 1];
    }

    public boolean measured() {
        return !byHorizon.isEmpty();
    }

    /** "80% band", or what the band is when its measured coverage is not near 80%. */
    public String label(Dimension d, int horizon) {
        double c = at(d, horizon);
        if (Double.isNaN(c) && !measured()) return "p10–p90 of the simulations";
        // past the horizons any outturn could judge, the band grows by the stated rule (docs/method.md, "One predictive distribution")
        if (Double.isNaN(c) && horizon > longestMeasured(Dimension.TOTAL)) {
            return "p10–p90, not validated " + horizon + " years ahead (growth a random walk, under a ceiling)";
        }
        if (Double.isNaN(c)) return "p10–p90, coverage not measured";
        if (c >= NOMINAL_LOW && c <= NOMINAL_HIGH) return String.format(Locale.ROOT, "80%% band (it covered %.0f%% of outturns %s)", 100 * c,
                EVERY_AUTHORITY);
        return String.format(Locale.ROOT, "band that covered %.0f%% of outturns %s", 100 * c, EVERY_AUTHORITY);
    }

    /** One line for a chart or sheet: what the p10–p90 band of a roll-up is, by years ahead. */
    public String note(Dimension d) {
        double[] v = byHorizon.get(d);
        if (v == null) return measured() ? "p10–p90 band, shared out from the total's (coverage not measured)" : "p10–p90 of the simulations (coverage not measured)";
        StringBuilder sb = new StringBuilder("p10–p90 band; it covered ");
        int measured = 0;
        for (int h = 0; h < v.length && !Double.isNaN(v[h]); h++, measured++) {
            sb.append(h == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f%%", 100 * v[h]));
        }
        if (measured == 0) return "p10–p90 band (coverage not measured)";
        sb.append(" of outturns 1").append(measured > 1 ? "–" + measured : "").append(" years ahead ").append(EVERY_AUTHORITY);
        return measured < v.length ? sb.append("; not measured beyond").toString() : sb.toString();
    }
}
