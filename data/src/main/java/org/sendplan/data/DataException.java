package org.sendplan.data;

/**
 * Input that cannot be used: names the file, the line (0 when the whole file is at fault), the
 * field, what was expected and what was found. The CLI turns it into exit code 3 and the one
 * line {@code error: FILE:LINE: FIELD: expected …, found …}.
 */
public final class DataException extends RuntimeException {
    private final String file;
    private final long line;
    private final int column;
    private final String field;
    private final String expected;
    private final String found;

    public DataException(String file, long line, String field, String expected, String found) {
        this(file, line, 0, field, expected, found);
    }

    /** With the 1-based column where the format has one (YAML). */
    public DataException(String file, long line, int column, String field, String expected, String found) {
        this(clean(file, MAX_NAME), line, column, clean(field, MAX_NAME), expected, clean(found, MAX_FOUND), true);
    }

    private DataException(String file, long line, int column, String field, String expected, String found, boolean cleaned) {
        super(format(file, line, column, field, expected, found));
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
        this.expected = expected;
        this.found = found;
    }

    /** The most characters of a file's own text that an error quotes ({@link #quote}). */
    public static final int MAX_EXCERPT = 60;
    /** The most characters of "found …" (an excerpt and what is said about it). */
    private static final int MAX_FOUND = 240;
    private static final int MAX_NAME = 300;

    /**
     * A value taken from an input file as an error quotes it: in single quotes, control and
     * other invisible characters written as {@code \\uXXXX}, at most {@link #MAX_EXCERPT}
     * characters then {@code …}; so that an error never prints a whole file or moves the terminal.
     */
    public static String quote(String text) {
        if (text == null) return "none";
        boolean longer = text.codePointCount(0, text.length()) > MAX_EXCERPT;
        String cut = longer ? text.substring(0, text.offsetByCodePoints(0, MAX_EXCERPT)) : text;
        return "'" + escape(cut) + (longer ? "…" : "") + "'";
    }

    /** Control characters, line and paragraph separators, and other format characters as {@code \\uXXXX}. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE && !validSurrogate(text, i)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean validSurrogate(String t, int i) {
        char c = t.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(t.charAt(i - 1));
    }

    /** The backstop for text built elsewhere: escaped, and bounded. */
    private static String clean(String text, int max) {
        if (text == null) return null;
        String e = escape(text);
        return e.length() > max ? e.substring(0, max) + "…" : e;
    }

    private static String format(String file, long line, int column, String field, String expected, String found) {
        return file + (line > 0 ? ":" + line : "") + (line > 0 && column > 0 ? ":" + column : "") + ": " + field
                + ": expected " + expected + ", found " + found;
    }

    public String file() { return file; }
    public long line() { return line; }
    public int column() { return column; }
    public String field() { return field; }
    public String expected() { return expected; }
    public String found() { return found; }
}
