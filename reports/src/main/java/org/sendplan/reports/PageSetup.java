package org.sendplan.reports;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.Forecast;
import org.sendplan.model.money.Outcome;

import java.util.List;
import java.util.Locale;

/**
 * How every sheet of the sufficiency-plan workbook prints, set once after all the sheets are
 * written: A4 landscape, one page wide and as many tall as it takes where that is legible, else
 * split between columns ({@link PrintLayout}), the sheet's header rows repeated on every page
 * ({@link Cells#headerRows}), a page header naming the authority, base year,
 * scenario and the data's date, and a footer with the sheet and page number. Columns are widened
 * where a number would otherwise print as {@code ###}.
 * <p>
 * The page header carries no run date: the same forecast gives the same file
 * ({@link DeterministicZip}). The data's date is that of the January census the projection starts
 * from, the latest data the forecast has.
 */
final class PageSetup {
    private PageSetup() {
    }

    /** What the page header says: authority (code), base year, the scenario (or all compared), data date. */
    static String caption(List<Outcome> outcomes) {
        Forecast f = outcomes.get(0).forecast();
        List<String> scenarios = outcomes.stream().map(o -> o.forecast().scenario()).toList();
        return f.area().name() + " (" + f.area().code() + "): base year " + f.baseYear()
                + (scenarios.size() == 1 ? ", scenario " : ", scenarios ") + String.join(", ", scenarios)
                + ", data as at the January " + f.baseYear() + " census";
    }

    static void apply(SXSSFWorkbook wb, String caption) {
        StyleLooks looks = new StyleLooks(wb.getXSSFWorkbook());
        NumberWidths widths = new NumberWidths(looks, new DataFormatter(Locale.UK));
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            SXSSFSheet sh = wb.getSheetAt(i);
            PrintSetup ps = sh.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(true);
            sh.setMargin(PageMargin.LEFT, PrintLayout.SIDE_MARGIN);
            sh.setMargin(PageMargin.RIGHT, PrintLayout.SIDE_MARGIN);
            // a sheet of one scenario among several has set its own
            if (sh.getHeader().getCenter().isEmpty()) header(sh, caption);
            sh.getFooter().setLeft("&A");
            sh.getFooter().setRight("Page &P of &N");
            widenForNumbers(sh, widths);
            PrintLayout.apply(sh, looks);
        }
    }

    /** The page header of one sheet, before {@link #apply} (which keeps it): a scenario's sheets name their scenario. */
    static void header(SXSSFSheet sh, String caption) {
        sh.getHeader().setCenter(escape(fitted(caption)));
    }

    /** Excel keeps at most 255 characters of a page header: a longer caption (many scenarios, a long data path) is cut, marked. */
    static final int MAX_HEADER = 255;

    static String fitted(String caption) {
        if (escape(caption).length() <= MAX_HEADER) return caption;
        String cut = caption;
        while (escape(cut).length() > MAX_HEADER - 1 || Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** {@code &} starts a field code in a page header; a literal one is doubled. */
    private static String escape(String s) {
        return s.replace("&", "&&");
    }

    /** Widens each column to its widest formatted number (never narrows: text sets its own width). */
    private static void widenForNumbers(SXSSFSheet sh, NumberWidths widths) {
        int[] chars = widths.of(sh);
        for (int c = 0; c < chars.length; c++) {
            if (chars[c] * 256 > sh.getColumnWidth(c)) sh.setColumnWidth(c, chars[c] * 256);
        }
    }
}
