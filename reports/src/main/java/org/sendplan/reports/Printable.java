package org.sendplan.reports;

/** Characters never written raw to a file or a terminal, and how they are written instead: one definition for the CSV writer and the terminal. */
public final class Printable {
    private Printable() {
    }

    /** Controls (C0, DEL, C1), line and paragraph separators, bidi overrides and isolates. */
    public static boolean unprintable(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Appends {@code c} as {@code \\uXXXX} (lower-case hex). */
    public static void escape(StringBuilder sb, char c) {
        String hex = Integer.toHexString(c);
        sb.append("\\u").append("0000", hex.length(), 4).append(hex);
    }
}
