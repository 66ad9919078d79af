package org.sendplan.reports;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.scap.ScapForecast;
import org.sendplan.model.scap.ScapType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.sendplan.reports.Cells.header;
import static org.sendplan.reports.Cells.headerRows;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.row;
import static org.sendplan.reports.Cells.text;

/**
 * The workbook's <b>SCAP</b> sheet: the baseline's specialist-place forecast in the survey's
 * layout ({@link ScapForecast}). Academic years run across from the observed base census; a block
 * per provision type holds a row per year group (reception to year 6, then year 7 to year 14), a
 * total per stage, and the stage's p10 and p90 below it as the band's note. A stage's cells stop
 * after the years the survey asks of it (primary 5, secondary 7).
 */
public final class ScapSheet implements WorkbookWriter.ExtraSheet {
    public static final String NAME = "SCAP";
    static final int HEADER_ROW = 3;
    static final int FIRST_YEAR_COL = 2;

    private final ScapForecast scap;

    public ScapSheet(ScapForecast scap) {
        this.scap = scap;
    }

    @Override
    public void addTo(SXSSFWorkbook wb) {
        Styles st = new Styles(wb);
        SXSSFSheet sh = wb.createSheet(NAME);
        ScapForecast s = scap;
        text(sh, 0, 0, "SCAP specialist-place forecast: " + s.area().name() + " (" + s.area().code() + "), resident children and young "
                + "people with an EHC plan by year group, from the January " + s.baseYear() + " census", st.title);
        text(sh, 1, 0, "Central forecast; p10 and p90 are the band of each stage's total (calibrated on past errors), not of a year group.",
                st.text);
        List<AcademicYear> years = new ArrayList<>();
        for (ScapForecast.StageYear y : s.stages()) if (!years.contains(y.year())) years.add(y.year());
        String[] head = new String[FIRST_YEAR_COL + years.size()];
        head[0] = "Provision type";
        head[1] = "Year group";
        for (int i = 0; i < years.size(); i++) head[FIRST_YEAR_COL + i] = years.get(i) + (i == 0 ? " (observed)" : "");
        header(sh, HEADER_ROW, 0, head, st);
        int r = HEADER_ROW + 1;
        for (ScapType type : ScapType.values()) {
            for (ScapForecast.Stage stage : ScapForecast.Stage.values()) {
                List<ScapForecast.StageYear> cells = s.stages().stream().filter(y -> y.type() == type && y.stage() == stage).toList();
                for (int ncy = stage.firstNcy(); ncy <= stage.lastNcy(); ncy++) {
                    SXSSFRow x = row(sh, r++);
                    text(x, 0, type.label(), st.text);
                    text(x, 1, ScapForecast.yearGroup(ncy), st.text);
                    for (ScapForecast.StageYear y : cells) {
                        number(x, FIRST_YEAR_COL + years.indexOf(y.year()), y.yearGroups().get(ncy - stage.firstNcy()).plans(), st.int0);
                    }
                }
                r = stageRow(sh, r, type, stage.code() + " total", cells, years, ScapForecast.StageYear::plans, st.int0Bold, st.text);
                r = stageRow(sh, r, type, stage.code() + " p10", cells, years, ScapForecast.StageYear::p10, st.int0, st.text);
                r = stageRow(sh, r, type, stage.code() + " p90", cells, years, ScapForecast.StageYear::p90, st.int0, st.text);
            }
        }
        r++;
        for (String note : s.notes()) text(sh, r++, 0, note, st.text);
        sh.setColumnWidth(0, 32 * 256);
        sh.setColumnWidth(1, 16 * 256);
        for (int i = 0; i < years.size(); i++) sh.setColumnWidth(FIRST_YEAR_COL + i, 18 * 256);
        headerRows(sh, HEADER_ROW, HEADER_ROW, FIRST_YEAR_COL);
    }

    private static int stageRow(SXSSFSheet sh, int r, ScapType type, String label, List<ScapForecast.StageYear> cells, List<AcademicYear> years,
                                ToDoubleFunction<ScapForecast.StageYear> value, XSSFCellStyle style, XSSFCellStyle labelStyle) {
        SXSSFRow x = row(sh, r);
        text(x, 0, type.label(), labelStyle);
        text(x, 1, label, labelStyle);
        for (ScapForecast.StageYear y : cells) number(x, FIRST_YEAR_COL + years.indexOf(y.year()), value.applyAsDouble(y), style);
        return r + 1;
    }
}
