package org.sendplan.reports;

import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Provision;
import org.sendplan.model.RunResult;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.SufficiencyPlan;
import org.sendplan.reports.DashboardView.Builder;
import org.sendplan.reports.DashboardView.Figure;
import org.sendplan.reports.DashboardView.Part;
import org.sendplan.reports.DashboardView.Row;
import org.sendplan.reports.DashboardView.Section;
import org.sendplan.reports.DashboardView.Table;

import java.util.ArrayList;
import java.util.List;

/** The dashboard's sections about the projection of plans: the headline, the total and the three breakdowns. */
final class DashboardForecastSections {
    private DashboardForecastSections() {
    }

    /**
     * The headline figures: plans in the base year, projected at the longest horizon the backtest
     * measured and at the last year with their bands, and where places and money are planned the
     * first shortfall, the places to commission and the lowest DSG balance.
     */
    static Section headline(RunResult run, Disclosure disclosure) {
        Forecast f = run.baseline();
        Builder b = new Builder(Part.HEADLINE);
        if (disclosure.active()) b.notice("Suppressed", disclosure.note());
        List<SummaryRow> totals = f.summary(Dimension.TOTAL);
        SummaryRow first = totals.get(0), last = totals.get(totals.size() - 1);
        b.paragraph(f.area().name() + (f.area().region() == null || f.area().region().isEmpty() ? "" : ", " + f.area().region())
                + ": the children and young people holding an education, health and care plan each January, projected "
                + (f.coverage().measured() ? "with an uncertainty band measured on the method's own past errors."
                : "with the band of the simulations (its coverage not measured)."));
        b.keyFigure("EHC plans, January " + first.year(), count(disclosure, f, first, first.mean()), "observed");
        int h = last.year() - first.year();
        int measured = f.coverage().longestMeasured(Dimension.TOTAL);
        if (measured > 0 && measured < h) {
            SummaryRow m = totals.get(measured);
            b.keyFigure("Projected, January " + m.year(), count(disclosure, f, m, m.central()), band(f, measured, m, disclosure) + "; "
                    + Shown.change(m.central(), first.mean()) + " on " + first.year());
        }
        if (h > 0) {
            b.keyFigure("Projected, January " + last.year(), count(disclosure, f, last, last.central()), band(f, h, last, disclosure) + "; "
                    + Shown.change(last.central(), first.mean()) + " on " + first.year());
        }
        SufficiencyPlan plan = run.outcomes().get(0).plan();
        if (plan != null) {
            firstShortfall(b, plan);
            SufficiencyPlan.Commission places = plan.placesToCommission();
            b.keyFigure(placesLabel(plan), Shown.count(places.p50()), Shown.count(places.p90())
                    + " at p90 demand (the prudent case); each provision's most in any year, summed");
            BudgetRow lowest = plan.lowestBalance();
            if (lowest != null) b.keyFigure("Lowest cumulative DSG balance", Shown.money(lowest.cumulativeBalance()), "in " + lowest.year() + " (mean)");
            String placeholders = Placeholders.notice(plan);
            if (placeholders != null) b.notice("ILLUSTRATIVE", placeholders);
        }
        long suspect = f.warnings().stream().filter(w -> w.base()).count();
        if (suspect > 0) {
            b.notice("Base year", suspect + " data-quality warning" + (suspect == 1 ? "" : "s") + " concern the January " + f.baseYear()
                    + " census itself: see Data quality.");
        }
        return b.build();
    }

    private static String band(Forecast f, int yearsAhead, SummaryRow r, Disclosure disclosure) {
        return f.coverage().label(Dimension.TOTAL, yearsAhead) + ": " + count(disclosure, f, r, r.p10()) + "–" + count(disclosure, f, r, r.p90());
    }

    /** A statistic of a summary row as the page shows it: {@link Suppression#MARKER} where it is hidden. */
    private static String count(Disclosure disclosure, Forecast f, SummaryRow r, double v) {
        return disclosure.hides(f, r, v) ? Suppression.MARKER : Shown.count(v);
    }

    /** The key figure's label for {@link SufficiencyPlan#placesToCommission()}, the same words as the Summary sheet's. */
    static String placesLabel(SufficiencyPlan plan) {
        return "Places to commission by " + plan.lastAcademicYear();
    }

    /** The earliest academic year of a median shortfall, and the provisions short then; or that there is none. */
    private static void firstShortfall(Builder b, SufficiencyPlan plan) {
        AcademicYear earliest = plan.earliestShortfall();
        if (earliest == null) {
            b.keyFigure("First shortfall of places", "none", "median demand fits the commissioned places every year");
            return;
        }
        List<String> which = new ArrayList<>();
        for (Provision p : Provision.values()) if (earliest.equals(plan.firstShortfall().get(p))) which.add(p.label());
        b.keyFigure("First shortfall of places", earliest.toString(), which.size() == 1 ? "in " + which.get(0)
                : "in " + which.size() + " provisions at once (see Sufficiency)");
    }

    /** The total by year with its band, and the chart of it. */
    static Section plans(Forecast f, PublishedHistory history, Disclosure disclosure) {
        List<Row> rows = new ArrayList<>();
        for (SummaryRow r : f.summary(Dimension.TOTAL)) {
            boolean observed = r.year() == f.baseYear();
            rows.add(new Row(Integer.toString(r.year()), List.of(
                    new DashboardView.Cell(observed ? "observed" : "projected", false),
                    new DashboardView.Cell(count(disclosure, f, r, r.mean()), true), new DashboardView.Cell(count(disclosure, f, r, r.p10()), true),
                    new DashboardView.Cell(count(disclosure, f, r, r.p90()), true),
                    new DashboardView.Cell(observed ? "" : f.coverage().label(Dimension.TOTAL, r.year() - f.baseYear()), false))));
        }
        Table t = new Table("Total EHC plans by January census, " + f.area().name(),
                List.of("January", "Status", "Central forecast", "p10", "p90", "Band"), rows);
        Builder b = new Builder(Part.PLANS)
                .paragraph("The central forecast is the figure the backtest judges; the band is its " + f.coverage().note(Dimension.TOTAL) + ".")
                .figure(figure(DrawnChart.TOTAL, f, history, disclosure, "Total EHC plans, published before and observed in January " + f.baseYear() + ", projected to "
                        + (f.baseYear() + f.horizon()) + ", central forecast with its p10–p90 band", t));
        DashboardHistory.of(f, history, Dimension.TOTAL, "total").ifPresent(b::table);
        return b.build();
    }

    static Section byAge(Forecast f, PublishedHistory history, Disclosure disclosure) {
        return breakdown(Part.BY_AGE, DrawnChart.PHASE, f, history, disclosure, Dimension.PHASE, "phase of education",
                "Phases by national curriculum year, that is by age: early years, primary, secondary, post-16 and post-19.");
    }

    static Section byNeed(Forecast f, Disclosure disclosure) {
        // the backtest judges no breakdown by need: there is no history to show beside it
        return breakdown(Part.BY_NEED, DrawnChart.NEED, f, PublishedHistory.NONE, disclosure, Dimension.NEED, "primary need", null);
    }

    static Section byProvision(Forecast f, PublishedHistory history, Disclosure disclosure) {
        return breakdown(Part.BY_PROVISION, DrawnChart.PROVISION, f, history, disclosure, Dimension.PROVISION, "provision",
                "Provision is the kind of place a setting offers, as places are commissioned and costed.");
    }

    /** A breakdown's chart with the means it draws, groups down and years across, and its history where the backtest has one. */
    private static Section breakdown(Part part, DrawnChart chart, Forecast f, PublishedHistory history, Disclosure disclosure, Dimension d,
                                     String noun, String lead) {
        SummaryTable t = SummaryTable.of(f, d, disclosure);
        List<String> head = new ArrayList<>();
        head.add(Character.toUpperCase(noun.charAt(0)) + noun.substring(1));
        for (int y : t.years) head.add(Integer.toString(y));
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g < t.groups.size(); g++) {
            String[] cells = new String[t.years.length];
            for (int y = 0; y < cells.length; y++) {
                double v = t.mean(g, y);
                cells[y] = t.hides(g, y, v) ? Suppression.MARKER : Shown.count(v);
            }
            rows.add(Row.numbers(groupLabel(f, d, t.groups.get(g)), cells));
        }
        Table table = new Table("EHC plans by " + noun + " (mean) by January census, " + f.area().name() + "; "
                + f.baseYear() + " observed", head, rows);
        Builder b = new Builder(part);
        if (lead != null) b.paragraph(lead);
        b.figure(figure(chart, f, history, disclosure, "EHC plans by " + noun + ", " + (history.years(d).isEmpty() ? "" : "published before and ") + "observed in January " + f.baseYear() + ", projected (mean)", table));
        DashboardHistory.of(f, history, d, noun).ifPresent(b::table);
        return b.build();
    }

    /** A group's row heading: its description and code, or the code alone where it has no description (the person-level route's own codes). */
    static String groupLabel(Forecast f, Dimension d, String code) {
        String label = SummaryTable.label(f, d, code);
        return label.isEmpty() ? code : label + " (" + code + ")";
    }

    private static Figure figure(DrawnChart chart, Forecast f, PublishedHistory history, Disclosure disclosure, String caption, Table data) {
        String where = history.years(chart.dimension()).isEmpty() ? "in the table below the chart"
                : "in the table below the chart, and the published years before " + f.baseYear() + " in the table after it";
        return new Figure("chart-" + chart.fileName(), caption, caption + ". The figures are " + where + ".",
                SvgChart.of(chart, f, history, disclosure), data);
    }
}
