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
        super(format(file, line, column, field, expected, found));
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
        this.expected = expected;
        this.found = found;
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
