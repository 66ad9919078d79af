package org.sendplan.reports;

import org.sendplan.model.Forecast;
import org.sendplan.model.RunResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the dashboard shows, every text and figure ready to print: the template only lays it out.
 * Every section is made by one method from the run ({@link DashboardForecastSections},
 * {@link DashboardPlanSections}, {@link DashboardPublishSections}, {@link DashboardNoteSections}), which returns nothing when the
 * run has no data for it; the page is the sections present, in {@link Part} order. Adding a
 * section is one such method, listed in {@link #of}, and its {@link Part}: the template's one
 * section block lays out any section's paragraphs, notices, key figures, charts, tables and
 * notes, so a new section needs a template block of its own only for a layout none of these give.
 *
 * @param title    the page's title and h1
 * @param subtitle what was projected from when, and the data's date
 * @param sections the sections present, in reading order
 */
record DashboardView(String title, String subtitle, List<Section> sections) {
    DashboardView {
        sections = List.copyOf(sections);
    }

    /** The dashboard of {@code run}. */
    static DashboardView of(RunResult run) {
        return of(run, Disclosure.NONE);
    }

    /** The dashboard of {@code run} without the figures {@code disclosure} hides (the headline says so). */
    static DashboardView of(RunResult run, Disclosure disclosure) {
        Forecast f = run.baseline();
        PublishedHistory history = PublishedHistory.of(f, run.backtest());
        List<Optional<Section>> made = List.of(
                Optional.of(DashboardForecastSections.headline(run, disclosure)),
                Optional.of(DashboardForecastSections.plans(f, history, disclosure)),
                Optional.of(DashboardForecastSections.byAge(f, history, disclosure)),
                Optional.of(DashboardForecastSections.byNeed(f, disclosure)),
                Optional.of(DashboardForecastSections.byProvision(f, history, disclosure)),
                DashboardPlanSections.sufficiency(run),
                DashboardPublishSections.scap(run),
                DashboardReformSections.reformPlan(run),
                DashboardReformSections.changeSplit(run),
                DashboardPlanSections.money(run),
                DashboardPlanSections.scenarios(run),
                DashboardPublishSections.benchmarking(run),
                DashboardNoteSections.accuracy(run),
                Optional.of(DashboardNoteSections.dataQuality(run)),
                Optional.of(DashboardNoteSections.assumptions(run)));
        List<Section> present = new ArrayList<>(made.stream().flatMap(Optional::stream).toList());
        present.sort(Comparator.comparing(Section::part));
        String title = "SEND sufficiency plan: " + f.area().name() + " (" + f.area().code() + ")";
        String subtitle = "EHC plans projected from the January " + f.baseYear() + " census to January " + (f.baseYear() + f.horizon())
                + ". Data as at the January " + f.baseYear() + " census.";
        return new DashboardView(title, subtitle, present);
    }

    /**
     * The sections a dashboard can have, in page order, each with its anchor and heading. A part
     * whose data a run does not carry is left out of the page (and its contents list).
     */
    enum Part {
        HEADLINE("headline", "Headline"),
        PLANS("plans-over-time", "EHC plans over time"),
        BY_AGE("by-age", "EHC plans by age (phase of education)"),
        BY_NEED("by-need", "EHC plans by primary need"),
        BY_PROVISION("by-provision", "EHC plans by provision"),
        SUFFICIENCY("sufficiency", "Sufficiency: places against capacity"),
        /** The SCAP specialist-place forecast (DfE route). */
        SCAP("scap", "SCAP specialist-place forecast"),
        /** The local SEND reform plan's data tables and where the change comes from (DfE route). */
        REFORM_PLAN("reform-plan", "Local SEND reform plan: data tables"),
        CHANGE_SPLIT("change-split", "Where the change comes from: population and plans per head"),
        MONEY("high-needs-cost", "High-needs cost and the DSG balance"),
        SCENARIOS("scenarios", "Scenarios side by side"),
        /** Comparisons with the region, England and the nearest neighbours (DfE route). */
        BENCHMARKING("benchmarking", "Benchmarking against similar areas"),
        ACCURACY("accuracy", "How accurate the method has been here"),
        DATA_QUALITY("data-quality", "Data quality"),
        ASSUMPTIONS("assumptions", "Assumptions and ILLUSTRATIVE inputs");

        final String id;
        final String title;

        Part(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    /** One section: an h2 with its anchor, then its parts in this order; empty lists are left out. */
    record Section(Part part, List<String> paragraphs, List<KeyFigure> keyFigures, List<Notice> notices, List<Figure> figures,
                   List<Table> tables, List<String> notes) {
        Section {
            paragraphs = List.copyOf(paragraphs);
            keyFigures = List.copyOf(keyFigures);
            notices = List.copyOf(notices);
            figures = List.copyOf(figures);
            tables = List.copyOf(tables);
            notes = List.copyOf(notes);
        }

        String id() {
            return part.id;
        }

        String title() {
            return part.title;
        }

        boolean hasKeyFigures() {
            return !keyFigures.isEmpty();
        }

        boolean hasNotes() {
            return !notes.isEmpty();
        }
    }

    /** A headline number: what it is, the number, and what qualifies it (a band, a year; may be empty). */
    record KeyFigure(String label, String value, String detail) {
    }

    /** Something a reader must not miss: ILLUSTRATIVE inputs, a suspect base year. */
    record Notice(String label, String text) {
    }

    /**
     * A chart and the table of the figures it draws.
     *
     * @param id      the figure's anchor
     * @param caption what the chart shows (its figcaption)
     * @param label   what a screen reader says for the drawing (the table holds the figures)
     * @param svg     the drawing, SVG markup made by {@link SvgChart} (the only markup not escaped)
     */
    record Figure(String id, String caption, String label, String svg, Table data) {
    }

    /**
     * A table: a caption, column headings, then rows whose first cell heads the row.
     *
     * @param head the column headings, the row headings' column first
     */
    record Table(String caption, List<String> head, List<Row> rows) {
        Table {
            head = List.copyOf(head);
            rows = List.copyOf(rows);
        }

        /** The first column's heading. */
        String corner() {
            return head.get(0);
        }

        List<String> columns() {
            return head.subList(1, head.size());
        }
    }

    /** A row: its heading, then its cells. */
    record Row(String label, List<Cell> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        /** A row of numbers (aligned right). */
        static Row numbers(String label, String... cells) {
            return new Row(label, Arrays.stream(cells).map(c -> new Cell(c, true)).toList());
        }

        /** A row of text (aligned left). */
        static Row text(String label, String... cells) {
            return new Row(label, Arrays.stream(cells).map(c -> new Cell(c, false)).toList());
        }
    }

    /** A cell's text, and whether it is a number (aligned right, in tabular figures). */
    record Cell(String text, boolean number) {
    }

    /** Builds a {@link Section} part by part. */
    static final class Builder {
        private final Part part;
        private final List<String> paragraphs = new ArrayList<>(), notes = new ArrayList<>();
        private final List<KeyFigure> keyFigures = new ArrayList<>();
        private final List<Notice> notices = new ArrayList<>();
        private final List<Figure> figures = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();

        Builder(Part part) {
            this.part = part;
        }

        Builder paragraph(String text) {
            paragraphs.add(text);
            return this;
        }

        Builder keyFigure(String label, String value, String detail) {
            keyFigures.add(new KeyFigure(label, value, detail));
            return this;
        }

        Builder notice(String label, String text) {
            notices.add(new Notice(label, text));
            return this;
        }

        Builder figure(Figure figure) {
            figures.add(figure);
            return this;
        }

        Builder table(Table table) {
            tables.add(table);
            return this;
        }

        Builder note(String text) {
            notes.add(text);
            return this;
        }

        Section build() {
            return new Section(part, paragraphs, keyFigures, notices, figures, tables, notes);
        }
    }
}
