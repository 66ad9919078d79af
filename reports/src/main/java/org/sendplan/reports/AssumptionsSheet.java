package org.sendplan.reports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.Assumption;
import org.sendplan.model.Forecast;
import org.sendplan.model.money.SufficiencyPlan;

import java.util.ArrayList;
import java.util.List;

import static org.sendplan.reports.Cells.header;
import static org.sendplan.reports.Cells.headerRows;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.text;

/**
 * The workbook's <b>Assumptions</b> sheet: Group, Name, Value, Source of every assumption of the
 * forecast (then of its plan: places and money inputs), then the method notes (the forecast's,
 * then the plan's), one merged, wrapped row each.
 */
final class AssumptionsSheet {
    static final String NAME = "Assumptions";

    private AssumptionsSheet() {
    }

    /** The sheet of {@code f}, with {@code plan}'s assumptions and notes after its own when {@code plan} is not null. */
    static void add(SXSSFWorkbook wb, Styles st, Forecast f, SufficiencyPlan plan) {
        List<Assumption> list = assumptions(f, plan);
        List<String> method = notes(f, plan);
        SXSSFSheet sh = wb.createSheet(NAME);
        header(sh, 0, 0, new String[]{"Group", "Name", "Value", "Source"}, st);
        for (int i = 0; i < list.size(); i++) {
            Assumption a = list.get(i);
            SXSSFRow row = sh.createRow(1 + i);
            text(row, 0, a.group(), st.text);
            text(row, 1, a.name(), st.text);
            number(row, 2, a.value(), valueStyle(a.value(), st));
            text(row, 3, a.source(), st.text);
        }
        int[] widths = {18, 44, 12, 70};
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, widths[c] * 256);
        }
        headerRows(sh, 0, 0, 0);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(list.size(), 1), 0, 3));

        int r = list.size() + 2;
        if (!method.isEmpty()) {
            text(sh, r++, 0, "Method", st.bold);
            int chars = 0;
            for (int w : widths) chars += w;
            for (String note : method) {
                SXSSFRow row = sh.createRow(r);
                text(row, 0, note, st.wrap);
                sh.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, 3));
                int lines = Math.max(1, (int) Math.ceil(note.length() / (chars * 1.1)) + countBreaks(note));
                row.setHeightInPoints(Math.min(409f, lines * 15f));
                r++;
            }
        }
    }

    /** The forecast's assumptions, then the plan's (places and money inputs) when there is one. */
    static List<Assumption> assumptions(Forecast f, SufficiencyPlan plan) {
        return plan == null ? f.assumptions() : concat(f.assumptions(), plan.assumptions());
    }

    /** The forecast's method notes, then the plan's. */
    static List<String> notes(Forecast f, SufficiencyPlan plan) {
        return plan == null ? f.method() : concat(f.method(), plan.notes());
    }

    /**
     * Counts (whole numbers: plans, pupils, places) and large amounts are shown as whole numbers;
     * rates, shares and multipliers with their three decimals ({@link Styles#RATE}).
     */
    static boolean whole(double v) {
        return Math.abs(v) >= 1000 || (v == Math.rint(v) && v != 0);
    }

    private static XSSFCellStyle valueStyle(double v, Styles st) {
        return whole(v) ? st.int0 : st.rate;
    }

    private static int countBreaks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
