package org.sendplan.reports;

import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.transition.StateCosts;

import static org.sendplan.reports.Cells.header;
import static org.sendplan.reports.Cells.headerRows;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.row;
import static org.sendplan.reports.Cells.text;

/**
 * The workbook's <b>Costs</b> sheet on the person-level route without finance inputs: the cost
 * per financial year by setting, costed the peer's way (unit cost per need × setting from
 * costs.csv, no inflation), with the 80% band of each setting's and of the total's own sum.
 */
public final class StateCostSheet implements WorkbookWriter.ExtraSheet {
    public static final String NAME = "Costs";

    private final StateCosts costs;
    private final Disclosure disclosure;

    public StateCostSheet(StateCosts costs) {
        this(costs, Disclosure.NONE);
    }

    /** The sheet with the rows {@code disclosure} hides shown as {@link Suppression#MARKER} (placements, unit cost and costs). */
    StateCostSheet(StateCosts costs, Disclosure disclosure) {
        this.costs = costs;
        this.disclosure = disclosure;
    }

    @Override
    public void addTo(SXSSFWorkbook wb) {
        Styles st = new Styles(wb);
        SXSSFSheet sh = wb.createSheet(NAME);
        text(sh, 0, 0, "High-needs cost by financial year, costed per need × setting (costs.csv prices, no inflation)", st.title);
        text(sh, 1, 0, "Cost in financial year F = 5/12 × cost of the January F census + 7/12 × cost of the January F+1 census "
                + "(academic years F−1/F and F/F+1); bands are per-simulation sums (equal to the mean on the expected path).", st.text);
        if (costs.uncostedBase() > 0) {
            String plans = disclosure.hides(costs.uncostedBase()) ? "Fewer than " + disclosure.threshold() : Integer.toString(costs.uncostedBase());
            text(sh, 2, 0, plans + " plans in the base year are in a need × setting that costs.csv does not list: they cost nothing.",
                    st.text);
        }
        if (disclosure.active()) text(sh, 3, 0, disclosure.note(), st.text);
        header(sh, 4, 0, new String[]{"Financial year", "Setting", "Placements", "Unit cost (£k)", "Cost (mean, £m)", "Cost p10 (£m)", "Cost p90 (£m)"}, st);
        int r = 5;
        for (int k = 0; k < costs.rows().size(); k++) {
            StateCosts.Row c = costs.rows().get(k);
            SXSSFRow row = row(sh, r++);
            boolean total = c.setting().equals(StateCosts.TOTAL);
            text(row, 0, c.year().toString(), total ? st.bold : st.text);
            text(row, 1, c.setting(), total ? st.bold : st.text);
            boolean hidden = disclosure.hidesCostRow(costs, k);
            number(row, 2, c.placements(), st.int0, hidden);
            number(row, 3, c.unitCost(), st.moneyK, hidden);
            number(row, 4, c.costMean(), total ? st.moneyBold : st.money, hidden);
            number(row, 5, c.costP10(), st.money, hidden);
            number(row, 6, c.costP90(), st.money, hidden);
        }
        int[] widths = {14, 12, 12, 12, 14, 14, 14};
        for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
        headerRows(sh, 4, 4, 0);
    }
}
