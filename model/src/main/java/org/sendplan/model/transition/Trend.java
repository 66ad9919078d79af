package org.sendplan.model.transition;

/**
 * A weighted least-squares line through yearly log rates: its value at the last year, its slope
 * (per year, capped at ±{@value #MAX_SLOPE}) and the standard errors of the level and the slope,
 * floored at {@value #MIN_SD} for the residual spread (two or three points say little about it).
 *
 * @param last    the line at the last year (log rate); without a trend, the weighted mean
 * @param slope   yearly change of the log rate (0 without a trend)
 * @param levelSe standard error of the level at the last year
 * @param slopeSe standard error of the slope
 */
record Trend(double last, double slope, double levelSe, double slopeSe) {
    static final double MAX_SLOPE = 0.2;
    static final double MIN_SD = 0.03;

    static Trend fit(double[] years, double[] logs, double[] w, boolean withSlope) {
        double sw = 0, sw2 = 0, my = 0, ml = 0;
        int n = 0;
        for (int k = 0; k < years.length; k++) {
            if (!Double.isFinite(logs[k])) continue;
            sw += w[k];
            sw2 += w[k] * w[k];
            my += w[k] * years[k];
            ml += w[k] * logs[k];
            n++;
        }
        if (n == 0) return new Trend(Double.NaN, 0, 0.1, 0);
        my /= sw;
        ml /= sw;
        double sxx = 0, sxy = 0;
        for (int k = 0; k < years.length; k++) {
            if (!Double.isFinite(logs[k])) continue;
            sxx += w[k] * (years[k] - my) * (years[k] - my);
            sxy += w[k] * (years[k] - my) * (logs[k] - ml);
        }
        double slope = withSlope && n >= 2 && sxx > 0 ? Math.max(-MAX_SLOPE, Math.min(MAX_SLOPE, sxy / sxx)) : 0;
        double lastYear = years[years.length - 1];
        double rss = 0;
        for (int k = 0; k < years.length; k++) {
            if (!Double.isFinite(logs[k])) continue;
            double e = logs[k] - (ml + slope * (years[k] - my));
            rss += w[k] * e * e;
        }
        int dof = n - (withSlope ? 2 : 1);
        double sd = dof > 0 ? Math.sqrt(rss / sw * n / dof) : 0;
        sd = Math.max(sd, MIN_SD);
        double nEff = sw * sw / sw2;
        double slopeSe = sxx > 0 ? sd / Math.sqrt(sxx / sw * nEff) : 0;
        double levelSe = sd * Math.sqrt(1 / nEff + (withSlope && sxx > 0 ? (lastYear - my) * (lastYear - my) / (sxx / sw * nEff) : 0));
        return new Trend(ml + slope * (lastYear - my), slope, levelSe, slopeSe);
    }
}
