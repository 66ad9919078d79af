package org.sendplan.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one number format of every CSV and JSON output: at most three decimals, rounded half up,
 * no trailing zeros, no exponent, {@code .} as decimal separator whatever the locale
 * ({@code 12.5}, {@code 0}, {@code 1234.567}, {@code -0.25}). Negative zero and values that round
 * to zero print as {@code 0}. Non-finite values (NaN, infinities) print as the empty string: a
 * missing value in CSV; the JSON writer writes {@code null} for them instead.
 */
public final class Numbers {
    /** Beyond this magnitude {@code v * 1000} no longer fits a long exactly: use BigDecimal. */
    private static final double FAST_LIMIT = 1e12;

    private Numbers() {
    }

    /** {@code v} formatted as described in the class comment. */
    public static String format(double v) {
        StringBuilder sb = new StringBuilder(16);
        append(sb, v);
        return sb.toString();
    }

    /** Appends {@code v} formatted as described in the class comment; no allocation on the fast path. */
    public static StringBuilder append(StringBuilder sb, double v) {
        if (!Double.isFinite(v)) {
            return sb;
        }
        if (Math.abs(v) >= FAST_LIMIT) {
            String s = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            return sb.append(s);
        }
        long thousandths = Math.round(Math.abs(v) * 1000.0);
        if (thousandths == 0) {
            return sb.append('0');
        }
        if (v < 0) {
            sb.append('-');
        }
        long whole = thousandths / 1000;
        int frac = (int) (thousandths % 1000);
        sb.append(whole);
        if (frac != 0) {
            sb.append('.');
            int d1 = frac / 100;
            int d2 = (frac / 10) % 10;
            int d3 = frac % 10;
            sb.append((char) ('0' + d1));
            if (d2 != 0 || d3 != 0) {
                sb.append((char) ('0' + d2));
                if (d3 != 0) {
                    sb.append((char) ('0' + d3));
                }
            }
        }
        return sb;
    }
}
