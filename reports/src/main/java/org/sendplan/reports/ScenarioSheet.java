package org.sendplan.reports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.Dimension;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.PlacesRow;
import org.sendplan.model.money.ScenarioHeadline;
import org.sendplan.model.scenario.ScenarioDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import static org.sendplan.reports.Charts.chart;
import static org.sendplan.reports.Cells.headerRows;
import static org.sendplan.reports.Cells.header;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.numbers;
import static org.sendplan.reports.Cells.row;
import static org.sendplan.reports.Cells.text;

/**
 * The Scenarios sheet: what each scenario says (its description and levers in words), then the
 * baseline and each scenario side by side — total plans by January
 * census, the places gap (sum of median shortfalls over provisions with capacity) by academic
 * year, the cost and the cumulative DSG balance by financial year — each table with a native
 * line chart bound to it, beside it where the page has room, else under it.
 */
final class ScenarioSheet {
    static final String NAME = "Scenarios";

    private ScenarioSheet() {
    }

    static void add(SXSSFWorkbook wb, Styles st, List<Outcome> outcomes) {
        SXSSFSheet sh = wb.createSheet(NAME);
        int pageLast = widths(sh, outcomes);
        text(sh, 0, 0, "Scenarios side by side, " + outcomes.get(0).forecast().area().name()
                + " (scenarios share random numbers: differences are not Monte Carlo noise)", st.title);
        int r = definitions(sh, st, 2, outcomes, pageLast);
        List<String> census = new ArrayList<>();
        for (SummaryRow s : outcomes.get(0).forecast().summary(Dimension.TOTAL)) census.add(Integer.toString(s.year()));
        r = table(sh, st, r, "Total EHC plans by January census (central: the median of the draws)", "January", census, outcomes,
                (o, i) -> o.forecast().summary(Dimension.TOTAL).get(i).central(), st.int0, pageLast);
        if (outcomes.get(0).plan() == null) {
            finish(sh);
            return;
        }
        List<String> academic = new ArrayList<>();
        for (PlacesRow p : outcomes.get(0).plan().places()) if (!academic.contains(p.year().toString())) academic.add(p.year().toString());
        r = table(sh, st, r, "Places gap: sum of median surpluses of provisions with capacity (negative: shortfall)", "Academic year",
                academic, outcomes, (o, i) -> gap(o, academic.get(i)), st.int0, pageLast);
        List<String> financial = new ArrayList<>();
        for (BudgetRow b : outcomes.get(0).plan().budget()) financial.add(b.year().toString());
        r = table(sh, st, r, "High-needs cost (mean) by financial year, £ millions", "Financial year", financial, outcomes,
                (o, i) -> o.plan().budget().get(i).costMean(), st.money, pageLast);
        table(sh, st, r, "Cumulative DSG balance (mean) by financial year, £ millions", "Financial year", financial, outcomes,
                (o, i) -> o.plan().budget().get(i).cumulativeBalance(), st.money, pageLast);
        finish(sh);
    }

    /** Rows of a chart; beside its table when the page has room for one this wide (characters; narrower, its title leaves no room for the lines), else under it. */
    private static final int CHART_ROWS = 16;
    private static final int CHART_CHARS = 45;
    private static final int YEAR_WIDTH = 16, SCENARIO_WIDTH = 12, SPARE_WIDTH = 9;

    /**
     * The columns' widths, set before anything is placed by them: years, then a column per outcome as
     * wide as its name's longest word (as {@link PrintLayout} would widen its header), then columns up
     * to the page's right edge for the charts and the scenarios' words. Returns the last column on the page.
     */
    private static int widths(SXSSFSheet sh, List<Outcome> outcomes) {
        sh.setColumnWidth(0, YEAR_WIDTH * 256);
        for (int k = 0; k < outcomes.size(); k++) {
            int name = PrintLayout.headerChars(outcomes.get(k).forecast().scenario());
            sh.setColumnWidth(1 + k, Math.max(SCENARIO_WIDTH, name) * 256);
        }
        int c = outcomes.size() + 1;
        for (; PrintLayout.width(sh, 0, c - 1) + SPARE_WIDTH <= PrintLayout.PAGE_CHARS; c++) sh.setColumnWidth(c, SPARE_WIDTH * 256);
        // at least the scenarios' text column beside the names
        return Math.max(c - 1, 2);
    }

    /**
     * Each scenario's description and every lever, capacity change and finance key in words
     * ({@link LeverSentences}), one per row across columns B to the page's edge, so that a reader of the plan can
     * see what was assumed, then what it changes against the baseline and, where it does worse, why
     * ({@link ScenarioHeadline}); returns the next free row.
     */
    private static int definitions(SXSSFSheet sh, Styles st, int top, List<Outcome> outcomes, int last) {
        header(sh, top, 0, new String[]{"Scenario", "Description, then each lever, capacity change and finance key in words"}, st);
        sh.addMergedRegion(new CellRangeAddress(top, top, 1, last));
        int r = top + 1;
        for (Outcome o : outcomes) {
            ScenarioDefinition d = o.definition();
            // a name longer than the column breaks within it rather than being cut
            text(sh, r, 0, o.forecast().scenario(), st.boldWrap);
            Cells.paragraph(sh, r++, 1, last, d.description().isEmpty() ? "(no description)" : d.description(), st.wrap);
            for (String line : d.levers()) {
                for (String lever : LeverSentences.of(line)) Cells.paragraph(sh, r++, 1, last, lever, st.wrap);
            }
            ScenarioHeadline h = ScenarioHeadline.of(o, outcomes.get(0));
            if (!h.againstBaseline().isEmpty()) Cells.paragraph(sh, r++, 1, last, "Against the baseline: " + h.againstBaseline(), st.wrap);
            if (h.worse() != null) Cells.paragraph(sh, r++, 1, last, "Why: " + h.worse().sentence(), st.wrap);
        }
        return r + 1;
    }

    private static double gap(Outcome o, String academicYear) {
        double g = 0;
        for (PlacesRow p : o.plan().places()) {
            if (p.phase() == null && p.year().toString().equals(academicYear) && !Double.isNaN(p.surplusP50())) g += p.surplusP50();
        }
        return Cells.surplus(g);
    }

    /**
     * A table (years down, scenarios across) and its chart, beside it to the page's edge ({@code pageLast}) where
     * that leaves the chart room, else under it across the page; returns the next free row.
     */
    private static int table(SXSSFSheet sh, Styles st, int top, String title, String yearLabel, List<String> years, List<Outcome> outcomes,
                             BiFunction<Outcome, Integer, Double> value, org.apache.poi.xssf.usermodel.XSSFCellStyle style, int pageLast) {
        text(sh, top, 0, title, st.bold);
        String[] head = new String[1 + outcomes.size()];
        head[0] = yearLabel;
        for (int k = 0; k < outcomes.size(); k++) head[1 + k] = outcomes.get(k).forecast().scenario();
        int hr = top + 1;
        header(sh, hr, 0, head, st);
        for (int i = 0; i < years.size(); i++) {
            SXSSFRow row = row(sh, hr + 1 + i);
            text(row, 0, years.get(i), st.text);
            for (int k = 0; k < outcomes.size(); k++) number(row, 1 + k, value.apply(outcomes.get(k), i), style);
        }
        int first = hr + 1, last = hr + years.size();
        int tableLast = outcomes.size();
        boolean beside = PrintLayout.width(sh, tableLast + 2, pageLast) >= CHART_CHARS;
        int chartTop = beside ? top : last + 2, chartLeft = beside ? tableLast + 2 : 0;
        int chartBottom = beside ? Math.max(chartTop + CHART_ROWS, last + 1) : chartTop + CHART_ROWS;
        XSSFChart chart = chart(sh, chartLeft, chartTop, pageLast + 1, chartBottom, title);
        // the axis in the cells' format: whole plans or places, or whole £ millions
        Charts.Axes axes = Charts.axes(chart, yearLabel, null, style == st.money ? Styles.MONEY_AXIS : style.getDataFormatString());
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axes.category(), axes.value());
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(years.toArray(new String[0]),
                new CellRangeAddress(first, last, 0, 0).formatAsString(NAME, true));
        for (int k = 0; k < outcomes.size(); k++) {
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(cats,
                    numbers(sh, new CellRangeAddress(first, last, 1 + k, 1 + k)));
            s.setTitle(head[1 + k], new CellReference(NAME, hr, 1 + k, true, true));
            Charts.line(s, Charts.colour(k), k == 0 ? 2.5 : 1.75, Charts.Stroke.SOLID, MarkerStyle.CIRCLE);
        }
        Charts.plot(data);
        return Math.max(last + 1, chartBottom) + 1;
    }

    /** Its tables each carry their own header: what prints at the top of every page is the title, which names the comparison. */
    private static void finish(SXSSFSheet sh) {
        headerRows(sh, 0, 0, 0);
    }
}
