package org.sendplan.reports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one writer of the CSV files' text cells (codes, names, groups): RFC 4180 quoting, made safe
 * for a spreadsheet and a terminal. Numbers never come here ({@link Numbers} writes them, so a
 * negative value such as {@code -0.25} stays a number).
 * <ul>
 * <li>Control characters (C0, DEL, C1, the line and paragraph separators and the bidirectional
 *     overrides) are never written raw: each is written as {@code \}{@code uXXXX}, so a scenario
 *     named with a terminal escape code cannot recolour or rewrite a terminal that prints the
 *     file, and a cell cannot hold a line break.</li>
 * <li>A cell a spreadsheet would evaluate as a formula (starting with {@code =}, {@code +},
 *     {@code -}, {@code @}, a tab or a carriage return, or their full-width forms) is neutralised
 *     the OWASP way: a single quote is put before it and the cell is quoted, e.g.
 *     {@code "'=HYPERLINK(""http://x"")"}.</li>
 * </ul>
 */
final class Csv {
    private Csv() {
    }

    static StringBuilder field(StringBuilder sb, String s) {
        if (s == null) {
            return sb;
        }
        boolean formula = !s.isEmpty() && formulaStart(s.charAt(0));
        boolean quote = formula;
        boolean plain = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"') {
                quote = true;
            } else if (Printable.unprintable(c)) {
                plain = false;
            }
        }
        if (!quote && plain) {
            return sb.append(s);
        }
        if (quote) {
            sb.append('"');
        }
        if (formula) {
            sb.append('\'');
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                sb.append('"').append('"');
            } else if (Printable.unprintable(c)) {
                Printable.escape(sb, c);
            } else {
                sb.append(c);
            }
        }
        return quote ? sb.append('"') : sb;
    }

    static String field(String s) {
        return field(new StringBuilder(), s).toString();
    }

    /** The first two cells every per-scenario file starts its rows with: {@code scenario,la_code,}. */
    static String prefix(String scenario, String areaCode) {
        return field(scenario) + ',' + field(areaCode) + ',';
    }

    /** A file's whole text, built in memory, written as UTF-8. */
    static void write(CharSequence text, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.append(text);
        }
    }

    /** A first character that makes Excel, LibreOffice or Google Sheets evaluate the cell. */
    static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }
}
