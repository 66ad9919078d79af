package org.sendplan.data;

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

    private Numbers() {
    }

    /** A finite decimal number: {@code [+-]?(digits(.digits?)?|.digits)}. */
    public static double decimal(String text) {
        if (text == null || text.length() > MAX_LENGTH || !plainDecimal(text, ' ')) throw new NumberFormatException(text);
        return finite(text);
    }

    /** A decimal that may group thousands with commas (CSV counts): 1,234 or 12,345.5. */
    public static double decimalWithCommas(String text) {
        if (text != null && text.indexOf(',') >= 0 && text.length() <= MAX_LENGTH && groupedByThousands(text)) return finite(text.replace(",", ""));
        return decimal(text);
    }

    /** A decimal that may separate digits with underscores (YAML's digit separator): 1_000_000. */
    public static double decimalWithUnderscores(String text) {
        if (text != null && text.indexOf('_') >= 0 && text.length() <= MAX_LENGTH && plainDecimal(text, '_')) return finite(text.replace("_", ""));
        return decimal(text);
    }

    /** A whole number of at most nine digits (years, ages, counts of people). */
    public static int integer(String text) {
        if (text == null) throw new NumberFormatException(null);
        int i = sign(text), digits = text.length() - i;
        if (digits < 1 || digits > 9) throw new NumberFormatException(text);
        for (; i < text.length(); i++) if (!digit(text.charAt(i))) throw new NumberFormatException(text);
        return Integer.parseInt(text);
    }

    /** Whether {@code text} is exactly {@code n} ASCII digits ({@code 202425}, {@code 2024}). */
    public static boolean digits(String text, int n) {
        if (text.length() != n) return false;
        for (int i = 0; i < n; i++) if (!digit(text.charAt(i))) return false;
        return true;
    }

    // Hand-written scanners, not regular expressions: they run on every cell of a release.

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int sign(String t) {
        return !t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
    }

    /**
     * {@code [+-]?(d+(.d*)?|.d+)}, where {@code separator} (other than a space) may stand between
     * two digits of the whole part ({@code 1_000}).
     */
    private static boolean plainDecimal(String t, char separator) {
        int i = sign(t), n = t.length(), whole = 0, fraction = 0;
        while (i < n && (digit(t.charAt(i)) || separatorBetweenDigits(t, i, separator))) {
            if (digit(t.charAt(i))) whole++;
            i++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && digit(t.charAt(i))) {
                fraction++;
                i++;
            }
        } else if (i < n) {
            return false;
        }
        return i == n && (whole > 0 || fraction > 0);
    }

    private static boolean separatorBetweenDigits(String t, int i, char separator) {
        return separator != ' ' && t.charAt(i) == separator && i > 0 && i + 1 < t.length() && digit(t.charAt(i - 1)) && digit(t.charAt(i + 1));
    }

    /** {@code [+-]?d{1,3}(,ddd)+(.d*)?}. */
    private static boolean groupedByThousands(String t) {
        int i = sign(t), n = t.length(), lead = 0;
        while (i < n && digit(t.charAt(i))) {
            lead++;
            i++;
        }
        if (lead < 1 || lead > 3) return false;
        int groups = 0;
        while (i + 3 < n && t.charAt(i) == ',' && digit(t.charAt(i + 1)) && digit(t.charAt(i + 2)) && digit(t.charAt(i + 3))) {
            groups++;
            i += 4;
        }
        if (groups == 0) return false;
        if (i == n) return true;
        if (t.charAt(i) != '.') return false;
        for (i++; i < n; i++) if (!digit(t.charAt(i))) return false;
        return true;
    }

    private static double finite(String checked) {
        double d = Double.parseDouble(checked);
        if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException(checked);
        return d;
    }
}
