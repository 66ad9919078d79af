package org.sendplan.reports;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import org.sendplan.model.RunResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the dashboard, {@code sufficiency-plan.html}: one self-contained page of a run's
 * figures for a council's sufficiency plan, charts inline as SVG beside the tables of their
 * figures, that opens in any browser with no network and prints one section to a page. Its
 * contents are {@link DashboardView}'s; its layout and styles are the template
 * {@code dashboard.mustache} (with {@code table.mustache}) beside this class.
 * <p>
 * The template engine is mustache.java: logic-less, so every figure and decision is in the
 * tested view, and every {@code {{value}}} is HTML-escaped, so a name or message from the
 * inputs is always text. The one raw insertion, {@code {{{svg}}}}, is markup {@link SvgChart}
 * made. The same run gives the same bytes (the SVG's glyph outlines aside, which depend on the
 * fonts installed, as the PNG charts do).
 */
public final class Dashboard {
    public static final String FILE = "sufficiency-plan.html";

    private static final String TEMPLATES = "org/sendplan/reports/dashboard";

    private Dashboard() {
    }

    public static void write(RunResult run, Path file) throws IOException {
        write(run, file, Disclosure.NONE);
    }

    /** As {@link #write(RunResult, Path)}, without the figures {@code disclosure} hides. */
    static void write(RunResult run, Path file, Disclosure disclosure) throws IOException {
        Files.writeString(file, render(run, disclosure), StandardCharsets.UTF_8);
    }

    /** The page of {@code run}. */
    static String render(RunResult run) {
        return render(run, Disclosure.NONE);
    }

    private static String render(RunResult run, Disclosure disclosure) {
        StringWriter out = new StringWriter(1 << 20);
        try {
            Template.PAGE.execute(out, DashboardView.of(run, disclosure)).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter cannot fail
        }
        return out.toString();
    }

    /** The compiled template, made once on first use (compiled templates are safe to share between threads). */
    private static final class Template {
        static final Mustache PAGE = new DefaultMustacheFactory(TEMPLATES).compile("dashboard.mustache");
    }
}
