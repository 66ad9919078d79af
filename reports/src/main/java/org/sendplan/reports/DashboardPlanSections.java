package org.sendplan.reports;

import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Provision;
import org.sendplan.model.RunResult;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.DsgManagementPlan;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.PlacesRow;
import org.sendplan.model.money.ScenarioHeadline;
import org.sendplan.model.money.SufficiencyPlan;
import org.sendplan.reports.DashboardView.Builder;
import org.sendplan.reports.DashboardView.Part;
import org.sendplan.reports.DashboardView.Row;
import org.sendplan.reports.DashboardView.Section;
import org.sendplan.reports.DashboardView.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dashboard's sections about places and money (where planned) and the scenarios. */
final class DashboardPlanSections {
    private DashboardPlanSections() {
    }

    /**
     * Places against capacity for each provision with capacity: its first shortfall, and in the
     * last academic year its demand, the children placed after overflow and the places to
     * commission; then the places to commission by year.
     */
    static Optional<Section> sufficiency(RunResult run) {
        SufficiencyPlan plan = run.outcomes().get(0).plan();
        if (plan == null) return Optional.empty();
        List<AcademicYear> years = new ArrayList<>();
        for (PlacesRow r : plan.places()) if (!years.contains(r.year())) years.add(r.year());
        AcademicYear first = years.get(0), last = years.get(years.size() - 1);
        List<Row> summary = new ArrayList<>(), byYear = new ArrayList<>();
        List<Provision> commissioned = new ArrayList<>();
        for (Provision p : Provision.values()) {
            if (Double.isNaN(plan.placesRow(p, first).capacity())) continue;
            commissioned.add(p);
            PlacesRow end = plan.placesRow(p, last);
            AcademicYear shortfall = plan.firstShortfall().get(p);
            SufficiencyPlan.Commission places = plan.placesToCommission(p);
            summary.add(new Row(p.label(), List.of(
                    new DashboardView.Cell(Shown.count(plan.placesRow(p, first).capacity()), true),
                    new DashboardView.Cell(Shown.count(end.capacity()), true),
                    new DashboardView.Cell(Shown.count(end.demandP50()), true),
                    new DashboardView.Cell(Shown.count(end.placedP50()), true),
                    new DashboardView.Cell(shortfall == null ? "none" : shortfall.toString(), false),
                    new DashboardView.Cell(Shown.count(places.p50()), true),
                    new DashboardView.Cell(Shown.count(places.p90()), true))));
            String[] cells = new String[years.size()];
            for (int i = 0; i < cells.length; i++) cells[i] = Shown.count(plan.placesRow(p, years.get(i)).additionalP50());
            byYear.add(Row.numbers(p.label(), cells));
        }
        Builder b = new Builder(Part.SUFFICIENCY)
                .paragraph("Demand is each provision's own projection; places needed are demand divided by the occupancy target ("
                        + Shown.percent(plan.occupancy()) + "). Where a provision is full, its excess overflows to the provision "
                        + "the finance names, and is costed there. Capacity: " + plan.capacity().source() + ".");
        if (plan.capacity().illustrative()) {
            b.notice("ILLUSTRATIVE", "Capacity is a placeholder (" + plan.capacity().source() + "), not the authority's commissioned places.");
        }
        List<String> yearHead = new ArrayList<>();
        yearHead.add("Provision");
        for (AcademicYear y : years) yearHead.add(y.toString());
        commission(b, plan, commissioned, years, run.baseline().area().name(),
                new Table("Places to commission beyond capacity (p50) by academic year", yearHead, byYear));
        return Optional.of(b.table(new Table("First shortfall and places to commission by provision; capacity in " + first + " and "
                                + last + ", demand and placed in " + last + " at median (p50) demand; places to commission: each "
                                + "provision's most in any year (their sum is the headline's)",
                        List.of("Provision", "Capacity " + first, "Capacity " + last, "Demand (p50)", "Placed after overflow (p50)",
                                "First shortfall", "Places to commission (p50)", "Places to commission (p90)"), summary))
                .build());
    }

    /** The places to commission drawn above their table; the table alone where no provision has a figure to draw. */
    private static void commission(Builder b, SufficiencyPlan plan, List<Provision> commissioned, List<AcademicYear> years, String area,
                                   Table byYear) {
        List<Provision> drawn = commissioned.stream().filter(p -> years.stream().anyMatch(y -> Double.isFinite(plan.placesRow(p, y).additionalP50())))
                .toList();
        if (drawn.isEmpty()) {
            b.table(byYear);
            return;
        }
        String caption = "Places to commission beyond capacity at median demand, by academic year and commissioned provision";
        b.figure(new DashboardView.Figure("chart-" + CommissionChart.NAME, caption, caption
                + ". The figures are in the table below the chart.", SvgChart.of(CommissionChart.NAME, CommissionChart.of(plan, drawn, years, area)),
                byYear));
    }


    /** The DSG trajectory by financial year and its lowest point. */
    static Optional<Section> money(RunResult run) {
        SufficiencyPlan plan = run.outcomes().get(0).plan();
        if (plan == null) return Optional.empty();
        List<Row> rows = new ArrayList<>();
        for (BudgetRow r : plan.budget()) {
            rows.add(Row.numbers(r.year().toString(), Shown.money(r.hnbAllocation()), Shown.money(r.costMean()), Shown.money(r.otherSpend()),
                    Shown.money(r.inYearBalance()), Shown.money(r.cumulativeBalance()), Shown.money(r.cumulativeP10()),
                    Shown.money(r.cumulativeP90())));
        }
        Builder b = new Builder(Part.MONEY)
                .paragraph("High-needs cost is the placements after overflow in each financial year (5/12 and 7/12 of the two academic "
                        + "years) at the inflated unit cost of each provision, with place funding paid on commissioned places that no child "
                        + "fills. The High Needs Block column is the allocation with its import/export adjustment and block transfers. The "
                        + "cumulative DSG balance starts from the opening balance; negative is a deficit. Finance: " + plan.finance().source() + ".");
        BudgetRow lowest = plan.lowestBalance();
        if (lowest != null) b.keyFigure("Lowest cumulative DSG balance", Shown.money(lowest.cumulativeBalance()), "in " + lowest.year() + " (mean)");
        if (plan.finance().illustrative()) {
            b.notice("ILLUSTRATIVE", "Finance is a placeholder (" + plan.finance().source() + "): unit costs, the High Needs Block and "
                    + "the balance are not the authority's own.");
        }
        Table balance = new Table("High Needs Block, cost and DSG balance by financial year (mean; the balance with its p10–p90 band)",
                List.of("Financial year", "High Needs Block income", "High-needs cost", "Other spend", "In-year balance", "Cumulative balance",
                        "Cumulative p10", "Cumulative p90"), rows);
        List<Outcome> planned = run.outcomes().stream().filter(o -> o.plan() != null).toList();
        String caption = "Cumulative DSG balance by financial year, mean" + (planned.size() > 1 ? " of each scenario" : "")
                + ", with the baseline's p10–p90 band";
        return Optional.of(b.figure(new DashboardView.Figure("chart-" + BalanceChart.NAME, caption,
                        caption + ". The figures are in the table below the chart" + (planned.size() > 1 ? " and, by scenario, in the Scenarios section" : "")
                                + ".", SvgChart.of(BalanceChart.NAME, BalanceChart.of(planned)), balance))
                .table(dsgPlan(plan)).build());
    }

    /** The same year by year in the lines of the DfE DSG management plan (the DSG plan sheet's, dsg-plan.csv's). */
    private static Table dsgPlan(SufficiencyPlan plan) {
        List<String> head = new ArrayList<>(List.of("Line (£, cash prices)"));
        for (BudgetRow r : plan.budget()) head.add(r.year().toString());
        List<Row> rows = new ArrayList<>();
        for (DsgManagementPlan.LineByYear l : DsgManagementPlan.byYear(plan)) {
            String[] amounts = new String[l.amounts().length];
            for (int i = 0; i < amounts.length; i++) amounts[i] = Shown.money(l.amounts()[i]);
            rows.add(Row.numbers(l.name(), amounts));
        }
        return new Table("DSG management plan: High Needs Block income and expenditure by line, unmitigated (baseline)", head, rows);
    }

    /** With two or more outcomes: each scenario's levers and results beside the baseline's, and the totals year by year. */
    static Optional<Section> scenarios(RunResult run) {
        List<Outcome> outcomes = run.outcomes();
        if (outcomes.size() < 2) return Optional.empty();
        Outcome base = outcomes.get(0);
        List<SummaryRow> baseTotals = base.forecast().summary(Dimension.TOTAL);
        int lastYear = baseTotals.get(baseTotals.size() - 1).year();
        ScenarioHeadline b = ScenarioHeadline.of(base, base);
        boolean money = b.lastYear() != null;
        List<String> head = new ArrayList<>(List.of("Scenario", "What it changes", "EHC plans " + lastYear, "Against the baseline"));
        if (money) head.addAll(List.of("High-needs cost " + b.lastYear(), "Cumulative DSG balance " + b.lastYear(),
                "Cost saved " + b.firstYear() + " to " + b.lastYear()));
        List<Row> rows = new ArrayList<>();
        Builder section = new Builder(Part.SCENARIOS)
                .paragraph("Each scenario runs beside the baseline on the same random numbers, with the baseline's capacity and finance "
                        + "and its own changes to them, so the differences are the scenario's, not Monte Carlo noise.");
        for (Outcome o : outcomes) {
            ScenarioHeadline h = ScenarioHeadline.of(o, base);
            List<DashboardView.Cell> cells = new ArrayList<>(List.of(new DashboardView.Cell(LeverSentences.oneLine(o.definition()), false),
                    new DashboardView.Cell(Shown.count(last(o.forecast())), true), new DashboardView.Cell(h.againstBaseline(), false)));
            if (money) {
                BudgetRow end = o.plan().budgetRow(h.lastYear());
                cells.add(new DashboardView.Cell(Shown.money(h.cost()), true));
                cells.add(new DashboardView.Cell(Shown.money(end.cumulativeBalance()), true));
                cells.add(new DashboardView.Cell(o == base ? "" : Shown.money(h.costSaved()), true));
            }
            rows.add(new Row(o.forecast().scenario(), cells));
            if (h.worse() != null) section.notice("Worse than the baseline", h.worse().sentence());
        }
        List<String> yearsHead = new ArrayList<>(List.of("January"));
        for (Outcome o : outcomes) yearsHead.add(o.forecast().scenario());
        List<Row> byYear = new ArrayList<>();
        for (int i = 0; i < baseTotals.size(); i++) {
            String[] cells = new String[outcomes.size()];
            for (int k = 0; k < cells.length; k++) cells[k] = Shown.count(outcomes.get(k).forecast().summary(Dimension.TOTAL).get(i).central());
            byYear.add(Row.numbers(Integer.toString(baseTotals.get(i).year()), cells));
        }
        return Optional.of(section
                .table(new Table("Scenarios against the baseline (EHC plans: central forecast in January " + lastYear
                        + (money ? "; placements and cost: " + b.lastYear() + ", mean; cost saved: the baseline's cost less the scenario's; "
                        + "the balance also moves with any finance the scenario changes)" : ")"), head, rows))
                .table(new Table("Total EHC plans by January census (central: the median of the draws), each scenario", yearsHead, byYear))
                .build());
    }

    private static double last(Forecast f) {
        List<SummaryRow> t = f.summary(Dimension.TOTAL);
        return t.get(t.size() - 1).central();
    }
}
