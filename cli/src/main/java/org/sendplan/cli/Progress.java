package org.sendplan.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for a batch, drawn only when stderr is a terminal
 * ({@link System#console()} is not null): piped or redirected, nothing is drawn and no carriage
 * return is written, so logs hold only the messages. Colour only on a terminal without
 * {@code NO_COLOR} (and not {@code TERM=dumb}); the bar is redrawn with a carriage return and
 * spaces, and without colour it writes no escape sequence at all. Messages printed through {@link #println} clear
 * the bar first and redraw it after, so they never interleave with it. Thread-safe.
 *
 * <p>A library (me.tongfei:progressbar) would bring JLine for terminal width detection and
 * drawing; the bar here needs neither (a fixed 30-cell bar fits every terminal), so a few lines
 * of code do.
 */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean draw;
    private final boolean colour;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private String last = "";
    private int drawn;

    Progress(PrintWriter err, int total, boolean terminal, boolean colour) {
        this.err = err;
        this.total = total;
        this.draw = terminal;
        this.colour = terminal && colour;
    }

    /** For stderr as the JVM sees it: a bar when it is a terminal, colour unless NO_COLOR. */
    static Progress onStderr(PrintWriter err, int total) {
        boolean terminal = System.console() != null;
        String noColor = System.getenv("NO_COLOR");
        boolean colour = (noColor == null || noColor.isEmpty()) && !"dumb".equals(System.getenv("TERM"));
        return new Progress(Terminal.raw(err), total, terminal, colour);
    }

    /** One more item done; {@code label} names it. */
    synchronized void step(String label) {
        done++;
        last = label;
        redraw();
    }

    /** A message line (stderr), clear of the bar. */
    synchronized void println(String message) {
        clear();
        err.println(Terminal.printable(message));
        redraw();
    }

    /** Removes the bar (at the end of the batch). */
    synchronized void finish() {
        clear();
        err.flush();
    }

    private void clear() {
        if (!draw || drawn == 0) return;
        err.print("\r" + " ".repeat(drawn) + "\r");
        drawn = 0;
    }

    private void redraw() {
        if (!draw) return;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        if (colour) bar = "\033[32m" + "#".repeat(filled) + "\033[0m" + "-".repeat(WIDTH - filled);
        double seconds = (System.nanoTime() - start) / 1e9;
        String label = Terminal.printable(last.length() > 30 ? last.substring(0, 29) + "…" : last);
        String tail = String.format(Locale.ROOT, "] %d/%d %4.0fs %s", done, total, seconds, label);
        clear();
        err.print("[" + bar + tail);
        drawn = 1 + WIDTH + tail.length();
        err.flush();
    }
}
