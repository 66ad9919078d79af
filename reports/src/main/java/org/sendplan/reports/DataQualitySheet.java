package org.sendplan.reports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Forecast;
import org.sendplan.model.evaluation.RollingBacktest;

import java.util.ArrayList;
import java.util.List;

import static org.sendplan.reports.Cells.header;
import static org.sendplan.reports.Cells.headerRows;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.text;

/**
 * The workbook's <b>Data quality</b> sheet: Series, Year, Base year?, Message of each of the
 * forecast's warnings, then of the backtest history's reconciliation (series prefixed
 * {@code history: }, never the base year), or "No data-quality warnings".
 */
final class DataQualitySheet {
    static final String NAME = "Data quality";

    private DataQualitySheet() {
    }

    /** The sheet of {@code f}'s warnings, and of {@code backtest}'s reconciliation when {@code backtest} is not null. */
    static void add(SXSSFWorkbook wb, Styles st, Forecast f, RollingBacktest.Result backtest) {
        List<DataWarning> list = findings(f, backtest);
        SXSSFSheet sh = wb.createSheet(NAME);
        header(sh, 0, 0, new String[]{"Series", "Year", "Base year?", "Message"}, st);
        if (list.isEmpty()) {
            text(sh, 1, 0, "No data-quality warnings", st.text);
        }
        for (int i = 0; i < list.size(); i++) {
            DataWarning w = list.get(i);
            SXSSFRow row = sh.createRow(1 + i);
            text(row, 0, w.series(), st.text);
            if (w.year() > 0) {
                number(row, 1, w.year(), st.year);
            }
            text(row, 2, w.base() ? "yes" : "no", w.base() ? st.bold : st.text);
            text(row, 3, w.message(), st.text);
        }
        int[] widths = {30, 8, 11, 110};
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, widths[c] * 256);
        }
        headerRows(sh, 0, 0, 0);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(list.size(), 1), 0, 3));
    }

    /** Every data-quality finding of a run, as the sheet and the dashboard list them: {@code f}'s, then the backtest history's. */
    static List<DataWarning> findings(Forecast f, RollingBacktest.Result backtest) {
        List<DataWarning> list = f.warnings();
        if (backtest != null && !backtest.reconciliation().isEmpty()) {
            list = new ArrayList<>(list);
            for (DataWarning w : backtest.reconciliation()) {
                list.add(new DataWarning("history: " + w.series(), w.year(), w.message(), false));
            }
        }
        return list;
    }
}
