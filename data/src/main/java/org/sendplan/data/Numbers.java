package org.sendplan.data;

import java.util.regex.Pattern;

/**
 * The one number syntax of every input file: optional sign, digits, optionally a decimal point
 * and digits. No exponent (no DfE, ONS or finance file writes one), no type suffixes
 * ({@code 12d}, {@code 3f}), no hexadecimal ({@code 0x1p3}), no {@code NaN} or {@code Infinity},
 * no digits of other scripts; {@link Double#parseDouble} and {@link Integer#parseInt} accept some
 * of those, so readers parse through here. Callers give a {@link NumberFormatException} their
 * file, line and field. The publishers' suppression markers ({@code x}, {@code z}, {@code c}…)
 * are the CSV reader's concern, before a number is parsed.
 */
public final class Numbers {
    /** Longer text is no number a planning file holds (and would only be slow to look at). */
    private static final int MAX_LENGTH = 40;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** Thousands written with commas, as in a spreadsheet export: 1,234 or 12,345.5. */
    private static final Pattern GROUPED_COMMAS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    /** YAML's digit separator between digits: 1_000_000. */
    private static final Pattern GROUPED_UNDERSCORES = Pattern.compile("[+-]?\\d+(_\\d+)+(\\.\\d*)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    private Numbers() {
    }

    /** A finite decimal number. */
    public static double decimal(String text) {
        if (text == null || text.length() > MAX_LENGTH || !DECIMAL.matcher(text).matches()) throw new NumberFormatException(text);
        return finite(text);
    }

    /** A decimal that may group thousands with commas (CSV counts). */
    public static double decimalWithCommas(String text) {
        if (text != null && text.length() <= MAX_LENGTH && GROUPED_COMMAS.matcher(text).matches()) return finite(text.replace(",", ""));
        return decimal(text);
    }

    /** A decimal that may separate digits with underscores (YAML). */
    public static double decimalWithUnderscores(String text) {
        if (text != null && text.length() <= MAX_LENGTH && GROUPED_UNDERSCORES.matcher(text).matches()) return finite(text.replace("_", ""));
        return decimal(text);
    }

    /** A whole number of at most nine digits (years, ages, counts of people). */
    public static int integer(String text) {
        if (text == null || !INTEGER.matcher(text).matches()) throw new NumberFormatException(text);
        return Integer.parseInt(text);
    }

    private static double finite(String checked) {
        double d = Double.parseDouble(checked);
        if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException(checked);
        return d;
    }
}
