package org.sendplan.reports;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a reader sees them in text (the dashboard), in the workbook's own formats: counts as
 * whole numbers with thousands separators ({@link Styles#COUNT}), money in whole pounds
 * ({@link Styles#MONEY}), shares as percentages to one decimal ({@link Styles#PERCENT}). The
 * machine-readable outputs use {@link Numbers} instead. A missing (non-finite) value is
 * {@link #MISSING}; a value that rounds to zero is shown as zero, never as {@code -0}.
 */
final class Shown {
    static final String MISSING = "–";

    private Shown() {
    }

    static String count(double v) {
        return format(Styles.COUNT, Math.abs(v) < 0.5 ? 0 : v);
    }

    static String money(double v) {
        return format(Styles.MONEY, Math.abs(v) < 0.5 ? 0 : v);
    }

    /** A rate per 1,000 to one decimal ({@link Styles#DECIMAL1}). */
    static String perThousand(double v) {
        return format(Styles.DECIMAL1, Math.abs(v) < 0.05 ? 0 : v);
    }

    /** A rate or multiplier to three decimals ({@link Styles#RATE}). */
    static String rate(double v) {
        return format(Styles.RATE, Math.abs(v) < 0.0005 ? 0 : v);
    }

    static String percent(double share) {
        return format(Styles.PERCENT, Math.abs(share) < 0.0005 ? 0 : share);
    }

    /** A change against a base as a signed percentage ({@code +12.5%}), missing when the base is 0. */
    static String change(double value, double base) {
        if (base == 0 || !Double.isFinite(base) || !Double.isFinite(value)) return MISSING;
        String p = percent(value / base - 1);
        return p.startsWith("-") || p.equals(percent(0)) ? p : "+" + p;
    }

    private static String format(String pattern, double v) {
        if (!Double.isFinite(v)) return MISSING;
        // a new format per call: DecimalFormat is not thread-safe, and the UK symbols whatever the machine's locale
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }
}
