package org.sendplan.cli;

import org.sendplan.reports.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one place where what sendplan prints is made printable. Every line the commands write to
 * stdout and stderr (headlines naming areas and scenarios, warnings, errors quoting an input's
 * values, help) goes through {@link #printable(PrintWriter)}, which {@link CommandFactory}
 * installs:
 * <ul>
 * <li>control characters (C0 but the line end and the tab, DEL, C1), the Unicode line and paragraph
 *     separators and the bidirectional overrides are written as {@code \}{@code uXXXX}, so a
 *     scenario named {@code "\u001b[31m"} or a data file holding escape codes cannot recolour,
 *     move the cursor of or retitle the user's terminal, nor forge a line;</li>
 * <li>a line is cut after {@link #MAX_LINE} characters with {@code …}: a value of a megabyte
 *     in an input file prints as one bounded line.</li>
 * </ul>
 * The progress bar alone draws its carriage returns and colours, through {@link #raw}.
 */
final class Terminal {
    /** Characters of one printed line beyond which the rest of the line is cut. */
    static final int MAX_LINE = 2000;

    private Terminal() {
    }

    /** {@code out} with everything written to it made printable (as the class comment says). */
    static PrintWriter printable(PrintWriter out) {
        if (out instanceof Safe) return out;
        return new Safe(out);
    }

    /** The writer under a printable one, for the progress bar's own control characters. */
    static PrintWriter raw(PrintWriter out) {
        return out instanceof Safe s ? s.raw : out;
    }

    /** {@code s} as one printable value: every control (line ends and tabs too) escaped, cut to {@link #MAX_LINE}. */
    static String printable(String s) {
        if (s == null) return null;
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_LINE) + 8);
        for (int i = 0; i < s.length(); i++) {
            if (sb.length() >= MAX_LINE) return sb.append('…').toString();
            char c = s.charAt(i);
            if (Printable.unprintable(c)) Printable.escape(sb, c);
            else sb.append(c);
        }
        return sb.toString();
    }



    private static final class Safe extends PrintWriter {
        final PrintWriter raw;

        Safe(PrintWriter raw) {
            super(new Filter(raw), true);
            this.raw = raw;
        }
    }

    /** Escapes as it writes; keeps the column to cut long lines; a CR is a line end only before an LF. */
    private static final class Filter extends Writer {
        private final PrintWriter out;
        private final StringBuilder sb = new StringBuilder();
        private int column;
        private boolean cut;
        private boolean pendingCr;

        Filter(PrintWriter out) {
            super(out);
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            synchronized (lock) {
                sb.setLength(0);
                for (int i = off; i < off + len; i++) put(buf[i]);
                out.write(sb.toString());
            }
        }

        private void put(char c) {
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n') {
                    sb.append('\r');
                } else {
                    text("\\u000d");
                }
            }
            if (c == '\n') {
                sb.append('\n');
                column = 0;
                cut = false;
            } else if (c == '\r') {
                pendingCr = true;
            } else if (c == '\t') {
                text("\t"); // harmless on a terminal; list-las separates its fields with it (and escapes tabs within them)
            } else if (Printable.unprintable(c)) {
                StringBuilder e = new StringBuilder(6);
                Printable.escape(e, c);
                text(e);
            } else {
                text(String.valueOf(c));
            }
        }

        private void text(CharSequence s) {
            if (cut) return;
            if (column + s.length() > MAX_LINE) {
                sb.append('…');
                cut = true;
                return;
            }
            sb.append(s);
            column += s.length();
        }

        @Override
        public void flush() {
            synchronized (lock) {
                out.flush();
            }
        }

        @Override
        public void close() {
            synchronized (lock) {
                if (pendingCr) {
                    pendingCr = false;
                    out.write("\\u000d");
                }
                out.close();
            }
        }
    }
}
