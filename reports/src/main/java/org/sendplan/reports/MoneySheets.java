package org.sendplan.reports;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.Forecast;
import org.sendplan.model.Provision;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.CostRow;
import org.sendplan.model.money.FinancialYear;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.PlacesRow;
import org.sendplan.model.money.SufficiencyPlan;

import java.util.ArrayList;
import java.util.List;

import static org.sendplan.reports.Charts.chart;
import static org.sendplan.reports.Cells.headerRows;
import static org.sendplan.reports.Cells.header;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.numbers;
import static org.sendplan.reports.Cells.row;
import static org.sendplan.reports.Cells.text;

/**
 * The workbook's places-and-money sheets: Sufficiency (provision × academic year, shortfalls
 * highlighted by a native conditional format), Costs (provision × financial year) and Budget
 * (the DSG trajectory with a native chart under it bound to its cells). The baseline's sheets carry these
 * names; each scenario gets its own three, named after it ({@link #names}), whose titles and page
 * headers name the scenario.
 */
final class MoneySheets {
    static final String SUFFICIENCY = "Sufficiency";
    static final String COSTS = "Costs";
    static final String BUDGET = "Budget";
    private static final int HEADER_ROW = 2;
    /** First year column of Sufficiency and Costs (A = code, B = provision, C = measure). */
    static final int FIRST_YEAR_COL = 3;

    private MoneySheets() {
    }

    /** The three sheets' names for one outcome: the baseline's plain, a scenario's with its name (unique in {@code wb}). */
    record Names(String sufficiency, String costs, String budget, String scenario) {
    }

    static Names names(SXSSFWorkbook wb, Outcome o, boolean baseline) {
        if (baseline) return new Names(SUFFICIENCY, COSTS, BUDGET, null);
        String s = o.forecast().scenario();
        return new Names(unique(wb, SUFFICIENCY, s), unique(wb, COSTS, s), unique(wb, BUDGET, s), s);
    }

    /** Excel's longest sheet name. */
    static final int MAX_SHEET_NAME = 31;

    /**
     * "Costs - mitigated": made safe, and within Excel's 31 characters by dropping the scenario
     * name's last words (words end at a space, '-' or '_') with "…" marking the cut, never cutting
     * a word; numbered ("… 2") when two scenarios shorten alike. The sheet's title names the scenario in full.
     */
    static String unique(SXSSFWorkbook wb, String sheet, String scenario) {
        String safe = WorkbookUtil.createSafeSheetName(scenario, '_');
        for (int k = 1; ; k++) {
            String tail = k == 1 ? "" : " " + k;
            String name = sheet + " - " + safe + tail;
            if (name.length() > MAX_SHEET_NAME) name = sheet + " - " + words(safe, MAX_SHEET_NAME - sheet.length() - 3 - tail.length() - 1) + "…" + tail;
            if (wb.getSheet(name) == null) return name;
        }
    }

    /** The longest run of whole words of {@code s} in {@code max} characters (at least its first characters when one word is longer). */
    private static String words(String s, int max) {
        for (int end = Math.min(max, s.length() - 1); end > 0; end--) {
            if (" -_".indexOf(s.charAt(end)) >= 0) return s.substring(0, end).strip();
        }
        return s.substring(0, Math.max(1, max));
    }

    static void add(SXSSFWorkbook wb, Styles st, Outcome o, Names names, String caption) {
        Forecast f = o.forecast();
        SufficiencyPlan plan = o.plan();
        String of = names.scenario() == null ? "" : ", scenario " + names.scenario();
        SXSSFSheet[] sheets = {sufficiency(wb, st, f, plan, names.sufficiency(), of), costs(wb, st, f, plan, names.costs(), of),
                budget(wb, st, f, plan, names.budget(), of)};
        // a scenario's sheets print under their own scenario's name (PageSetup keeps a header already set)
        if (names.scenario() != null) for (SXSSFSheet sh : sheets) PageSetup.header(sh, caption);
    }

    /** The title's ILLUSTRATIVE warning ("" when the inputs are the user's own). */
    static String marker(SufficiencyPlan plan) {
        boolean ill = plan.capacity().illustrative() || plan.finance().illustrative();
        return ill ? "  —  ILLUSTRATIVE INPUTS: " + (plan.capacity().illustrative() ? "capacity" : "")
                + (plan.capacity().illustrative() && plan.finance().illustrative() ? " and " : "")
                + (plan.finance().illustrative() ? "finance" : "") + " are placeholders (see Assumptions)" : "";
    }

    private static SXSSFSheet sufficiency(SXSSFWorkbook wb, Styles st, Forecast f, SufficiencyPlan plan, String name, String of) {
        SXSSFSheet sh = wb.createSheet(name);
        text(sh, 0, 0, "Places against capacity, " + f.area().name() + of + " (occupancy target "
                + Math.round(plan.occupancy() * 100) + "%)" + marker(plan), st.title);
        List<AcademicYear> years = new ArrayList<>();
        for (PlacesRow r : plan.places()) if (!years.contains(r.year())) years.add(r.year());
        String[] head = head("Measure (academic year)", years);
        header(sh, HEADER_ROW, 0, head, st);
        String[] measures = {"Demand (p50)", "Capacity", "Places needed (p50)", "Surplus (p50; negative = shortfall)",
                "Surplus if demand at p90", "Overflow to other provision (p50)", "Children placed after overflow (p50; as costed)",
                "Additional places to commission (p50)", "Additional places to commission (p90)"};
        int r = HEADER_ROW + 1;
        List<CellRangeAddress> surplusRanges = new ArrayList<>();
        for (Provision p : Provision.values()) {
            // the provision's name once, over its block of measures (a block prints on one page)
            sh.addMergedRegion(new CellRangeAddress(r, r + measures.length - 1, 1, 1));
            for (int m = 0; m < measures.length; m++) {
                SXSSFRow row = row(sh, r);
                text(row, 0, p.name(), m == 0 ? st.bold : st.text);
                if (m == 0) text(row, 1, p.label(), st.wrap);
                text(row, 2, measures[m], st.wrap);
                for (int i = 0; i < years.size(); i++) {
                    PlacesRow pr = plan.placesRow(p, years.get(i));
                    double v = switch (m) {
                        case 0 -> pr.demandP50();
                        case 1 -> pr.capacity();
                        case 2 -> pr.placesNeededP50();
                        case 3 -> Cells.surplus(pr.surplusP50());
                        case 4 -> Cells.surplus(pr.surplusP90());
                        case 5 -> pr.overflowP50();
                        case 6 -> pr.placedP50();
                        case 7 -> pr.additionalP50();
                        default -> pr.additionalP90();
                    };
                    number(row, FIRST_YEAR_COL + i, v, st.int0);
                }
                if (m == 3 || m == 4) surplusRanges.add(new CellRangeAddress(r, r, FIRST_YEAR_COL, FIRST_YEAR_COL + years.size() - 1));
                r++;
            }
        }
        SheetConditionalFormatting cf = sh.getSheetConditionalFormatting();
        ConditionalFormattingRule shortfall = cf.createConditionalFormattingRule(ComparisonOperator.LT, "0");
        PatternFormatting fill = shortfall.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(surplusRanges.toArray(new CellRangeAddress[0]), shortfall);
        // each measure on one line (the rows as short as they can be), the years as narrow as their numbers
        finish(sh, head.length, r - 1, new int[]{20, 14, 40}, FIRST_YEAR_COL);
        return sh;
    }


    private static SXSSFSheet costs(SXSSFWorkbook wb, Styles st, Forecast f, SufficiencyPlan plan, String name, String of) {
        SXSSFSheet sh = wb.createSheet(name);
        text(sh, 0, 0, "High-needs placement cost by financial year (mean, cash prices; £ millions, unit costs £ thousands), "
                + f.area().name() + of + marker(plan), st.title);
        List<FinancialYear> years = new ArrayList<>();
        for (CostRow c : plan.costs()) if (!years.contains(c.year())) years.add(c.year());
        String[] head = head("Measure", years);
        header(sh, HEADER_ROW, 0, head, st);
        int r = HEADER_ROW + 1;
        int firstCostRow = r;
        for (Provision p : Provision.values()) {
            SXSSFRow row = row(sh, r++);
            provision(row, p, st.text, st);
            text(row, 2, COST_MEAN, st.wrap);
            for (int i = 0; i < years.size(); i++) number(row, FIRST_YEAR_COL + i, cost(plan, p, years.get(i)).costMean(), st.money);
        }
        int lastCostRow = r - 1;
        SXSSFRow total = row(sh, r++);
        text(total, 0, "Total", st.bold);
        text(total, 1, "All provision", st.bold);
        text(total, 2, COST_MEAN, st.bold);
        for (int i = 0; i < years.size(); i++) {
            String col = CellReference.convertNumToColString(FIRST_YEAR_COL + i);
            var cell = total.createCell(FIRST_YEAR_COL + i);
            cell.setCellFormula("SUM(" + col + (firstCostRow + 1) + ":" + col + (lastCostRow + 1) + ")");
            double s = 0;
            for (Provision p : Provision.values()) s += cost(plan, p, years.get(i)).costMean();
            cell.setCellValue(s);
            cell.setCellStyle(st.moneyBold);
        }
        r++;
        String[][] blocks = {{"Placements (financial-year mean, after overflow)"}, {"Unit cost (inflated, £k)"}, {"Cost p10 (£m)"},
                {"Cost p90 (£m)"}};
        for (int b = 0; b < blocks.length; b++) {
            text(sh, r++, 0, blocks[b][0], st.bold);
            for (Provision p : Provision.values()) {
                SXSSFRow row = row(sh, r++);
                provision(row, p, st.text, st);
                text(row, 2, blocks[b][0], st.wrap);
                for (int i = 0; i < years.size(); i++) {
                    CostRow c = cost(plan, p, years.get(i));
                    double v = switch (b) {
                        case 0 -> c.placements();
                        case 1 -> c.unitCost();
                        case 2 -> c.costP10();
                        default -> c.costP90();
                    };
                    number(row, FIRST_YEAR_COL + i, v, b == 0 ? st.int0 : b == 1 ? st.moneyK : st.money);
                }
            }
        }
        finish(sh, head.length, lastCostRow, new int[]{20, 26, 34}, FIRST_YEAR_COL);
        return sh;
    }

    private static final String COST_MEAN = "Cost (mean, £m)";

    private static CostRow cost(SufficiencyPlan plan, Provision p, FinancialYear y) {
        for (CostRow c : plan.costs()) if (c.provision() == p && c.year().equals(y)) return c;
        throw new IllegalStateException("no cost row for " + p + " " + y);
    }

    private static final String CUMULATIVE = "Cumulative balance (£m)";

    private static SXSSFSheet budget(SXSSFWorkbook wb, Styles st, Forecast f, SufficiencyPlan plan, String name, String of) {
        SXSSFSheet sh = wb.createSheet(name);
        text(sh, 0, 0, "High Needs Block and DSG balance, " + f.area().name() + of + marker(plan), st.title);
        String[] head = {"Financial year", "HNB allocation (£m)", "Cost (mean, £m)", "Other spend (£m)", "In-year balance (£m)",
                CUMULATIVE, "Cumulative p10 (£m)", "Cumulative p90 (£m)"};
        header(sh, HEADER_ROW, 0, head, st);
        int r = HEADER_ROW + 1;
        int first = r;
        for (BudgetRow b : plan.budget()) {
            SXSSFRow row = row(sh, r++);
            text(row, 0, b.year().toString(), st.text);
            double[] v = {b.hnbAllocation(), b.costMean(), b.otherSpend(), b.inYearBalance(), b.cumulativeBalance(),
                    b.cumulativeP10(), b.cumulativeP90()};
            for (int i = 0; i < v.length; i++) number(row, 1 + i, v[i], st.money);
        }
        int last = r - 1;
        BudgetRow lowest = plan.lowestBalance();
        if (lowest != null) text(sh, r + 1, 0, "Lowest cumulative balance (mean) in " + lowest.year(), st.bold);
        finish(sh, head.length, last, new int[]{14, 12, 12, 12, 12, 12, 12, 12}, 1);
        if (last < first) return sh;
        // under the table and as wide: the sheet prints one page wide at full size
        int chartTop = last + 3;
        XSSFChart chart = chart(sh, 0, chartTop, head.length, chartTop + 20, "Cumulative DSG balance, " + f.area().name() + of
                + " (mean and p10–p90 of the simulations)");
        // the balance goes below zero: the axes keep the years' labels under the plot
        Charts.Axes axes = Charts.axes(chart, "Financial year", "£ millions", Styles.MONEY_AXIS);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axes.category(), axes.value());
        String[] labels = new String[last - first + 1];
        for (int i = 0; i < labels.length; i++) labels[i] = plan.budget().get(i).year().toString();
        XDDFDataSource<String> years = XDDFDataSourcesFactory.fromArray(labels,
                new CellRangeAddress(first, last, 0, 0).formatAsString(name, true));
        for (String series : new String[]{CUMULATIVE, "Cumulative p10 (£m)", "Cumulative p90 (£m)"}) {
            int col = Cells.column(head, series);
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(years,
                    numbers(sh, new CellRangeAddress(first, last, col, col)));
            s.setTitle(head[col], new CellReference(name, HEADER_ROW, col, true, true));
            Charts.band(s, series.equals(CUMULATIVE));
        }
        Charts.plot(data);
        return sh;
    }

    /** Code ({@code codeStyle}) and name of {@code p} in columns A and B. */
    private static void provision(SXSSFRow row, Provision p, XSSFCellStyle codeStyle, Styles st) {
        text(row, 0, p.name(), codeStyle);
        text(row, 1, p.label(), st.wrap);
    }

    /** The header of a provision × year table: code, provision, {@code measure}, then the years. */
    private static String[] head(String measure, List<?> years) {
        String[] head = new String[FIRST_YEAR_COL + years.size()];
        head[0] = "Code";
        head[1] = "Provision";
        head[2] = measure;
        for (int i = 0; i < years.size(); i++) head[FIRST_YEAR_COL + i] = years.get(i).toString();
        return head;
    }

    private static void finish(SXSSFSheet sh, int columns, int lastRow, int[] widths, int frozenColumns) {
        // a year's column starts narrow: PageSetup widens it to its widest number
        for (int c = 0; c < columns; c++) sh.setColumnWidth(c, (c < widths.length ? widths[c] : 8) * 256);
        headerRows(sh, HEADER_ROW, HEADER_ROW, frozenColumns);
        sh.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(lastRow, HEADER_ROW + 1), 0, columns - 1));
    }
}
