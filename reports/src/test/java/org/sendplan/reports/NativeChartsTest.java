package org.sendplan.reports;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.STCrosses;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.openxmlformats.schemas.drawingml.x2006.chart.STMarkerStyle;
import org.openxmlformats.schemas.drawingml.x2006.chart.STTickLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSolidColorFillProperties;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every native chart of the workbook drawn by what it says, not by the reader's defaults (which
 * in LibreOffice draw nothing, or pale dots all alike): an explicit colour and line or fill per
 * series, markers explicit or off, a legend naming each series, axes in whole-number formats.
 */
class NativeChartsTest {
    @TempDir
    static Path dir;
    static XSSFWorkbook wb;

    @BeforeAll
    static void write() throws IOException {
        wb = PrintReadyWorkbookTest.open(RunFixtures.everySheet(RunFixtures.plan(Fixtures.forecast()), dir.resolve("sufficiency-plan.xlsx")));
    }

    /** Every chart of the workbook, by sheet, in order. */
    private static Map<String, List<XSSFChart>> charts() {
        Map<String, List<XSSFChart>> out = new LinkedHashMap<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sh = wb.getSheetAt(i);
            XSSFDrawing d = sh.getDrawingPatriarch();
            if (d != null && !d.getCharts().isEmpty()) out.put(sh.getSheetName(), d.getCharts());
        }
        return out;
    }

    @Test
    void everySeriesHasItsOwnColourItsLineOrFillAndALegendEntry() {
        Map<String, List<XSSFChart>> charts = charts();
        assertEquals(List.of("Summary", "By provision", "Pupil census", "Scenarios", "Budget", "Budget - more-special", "Backtest"), new ArrayList<>(charts.keySet()));
        int series = 0;
        for (Map.Entry<String, List<XSSFChart>> e : charts.entrySet()) {
            for (XSSFChart chart : e.getValue()) {
                String where = e.getKey() + ": " + chart.getTitleText();
                assertTrue(chart.getCTChart().isSetLegend(), where);
                assertEquals(0, chart.getCTChart().getLegend().sizeOfLegendEntryArray(), where + ": no entry hidden");
                assertEquals(STDispBlanksAs.GAP, chart.getCTChart().getDispBlanksAs().getVal(), where);
                CTPlotArea plot = chart.getCTChart().getPlotArea();
                for (CTLineSer s : plot.getLineChartArray().length == 0 ? new CTLineSer[0] : plot.getLineChartArray(0).getSerArray()) {
                    CTShapeProperties sp = s.getSpPr();
                    assertNotNull(sp, where);
                    assertNotNull(rgb(sp.getLn().getSolidFill()), where + ": line colour");
                    assertTrue(sp.getLn().getW() > 0, where + ": line width");
                    if (s.getMarker().getSymbol().getVal() != STMarkerStyle.NONE) {
                        assertEquals(rgb(sp.getLn().getSolidFill()), rgb(s.getMarker().getSpPr().getSolidFill()), where + ": marker as its line");
                    }
                    assertNamed(s.getTx(), where);
                    series++;
                }
                List<String> fills = new ArrayList<>();
                for (CTBarSer s : plot.getBarChartArray().length == 0 ? new CTBarSer[0] : plot.getBarChartArray(0).getSerArray()) {
                    fills.add(rgb(s.getSpPr().getSolidFill()));
                    assertTrue(s.getSpPr().getLn().isSetNoFill(), where + ": no outline");
                    assertNamed(s.getTx(), where);
                    series++;
                }
                assertEquals(fills.size(), fills.stream().distinct().count(), where + ": a colour per column series " + fills);
            }
        }
        // Summary 4 (the band and the published years), By provision 2, Pupil census 3 (primary, secondary, Reception–Year 11),
        // Scenarios 4 charts × 2 scenarios, Budget 3 and the scenario's own Budget 3, Backtest 3
        assertEquals(4 + 2 + 3 + 8 + 3 + 3 + 3, series);
    }

    @Test
    void aBandIsItsCentralLineSolidAndItsEndsDashedInALighterColour() {
        for (String sheet : List.of("Summary", "Budget")) {
            CTLineSer[] s = charts().get(sheet).get(0).getCTChart().getPlotArea().getLineChartArray(0).getSerArray();
            assertEquals(List.of("0072B2", "56B4E9", "56B4E9"), List.of(rgb(s[0].getSpPr().getLn().getSolidFill()),
                    rgb(s[1].getSpPr().getLn().getSolidFill()), rgb(s[2].getSpPr().getLn().getSolidFill())), sheet);
            assertFalse(s[0].getSpPr().getLn().isSetPrstDash(), sheet);
            assertEquals("dash", s[1].getSpPr().getLn().getPrstDash().getVal().toString(), sheet);
            // the band's three lines (Summary's fourth, the published years, has markers)
            for (int k = 0; k < 3; k++) assertEquals(STMarkerStyle.NONE, s[k].getMarker().getSymbol().getVal(), sheet);
        }
        CTBarSer[] bars = charts().get("By provision").get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray();
        assertEquals("0072B2", rgb(bars[0].getSpPr().getSolidFill()));
        assertEquals("E69F00", rgb(bars[1].getSpPr().getSolidFill()));
    }

    @Test
    void theProvisionLegendNamesTheProvisionsFromTheirNameColumn() {
        CTBarSer[] bars = charts().get("By provision").get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray();
        assertEquals("'By provision'!$B$4", bars[0].getTx().getStrRef().getF());
        assertEquals("Mainstream school", bars[0].getTx().getStrRef().getStrCache().getPtArray(0).getV());
        assertEquals("State special school (LA maintained, academy, free)", bars[1].getTx().getStrRef().getStrCache().getPtArray(0).getV());
    }

    @Test
    void valueAxesShowWholeNumbersWholePoundsOrWholePercentsNotTheCellsDecimals() {
        Map<String, List<String>> formats = new LinkedHashMap<>();
        for (Map.Entry<String, List<XSSFChart>> e : charts().entrySet()) {
            List<String> f = new ArrayList<>();
            for (XSSFChart chart : e.getValue()) {
                CTValAx y = chart.getCTChart().getPlotArea().getValAxArray(0);
                assertFalse(y.getNumFmt().getSourceLinked(), e.getKey());
                f.add(y.getNumFmt().getFormatCode());
            }
            formats.put(e.getKey(), f);
        }
        assertEquals(Map.of("Summary", List.of("#,##0"), "By provision", List.of("#,##0"), "Pupil census", List.of("#,##0"),
                "Scenarios", List.of("#,##0", "#,##0", Styles.MONEY_AXIS, Styles.MONEY_AXIS), "Budget", List.of(Styles.MONEY_AXIS), "Budget - more-special",
                List.of(Styles.MONEY_AXIS), "Backtest", List.of("0%")), formats);
    }

    @Test
    void theBalanceChartKeepsItsYearsUnderThePlotWhenItGoesBelowZero() {
        XSSFChart balance = charts().get("Budget").get(0);
        assertTrue(balance.getTitleText().getString().startsWith("Cumulative DSG balance"));
        double lowest = 0;
        for (var b : RunFixtures.plan(Fixtures.forecast()).budget()) lowest = Math.min(lowest, b.cumulativeP10());
        assertTrue(lowest < 0, "the fixture's balance goes below zero: " + lowest);
        CTCatAx x = balance.getCTChart().getPlotArea().getCatAxArray(0);
        assertEquals(STCrosses.MIN, x.getCrosses().getVal(), "crosses the value axis at its lowest value, not at £0");
        assertEquals(STTickLblPos.LOW, x.getTickLblPos().getVal(), "labels low");
        assertEquals("b", x.getAxPos().getVal().toString());
    }

    /** A series title bound to a cell, its cached text that cell's. */
    private static void assertNamed(CTSerTx tx, String where) {
        assertNotNull(tx, where);
        CellReference ref = new CellReference(tx.getStrRef().getF());
        String cached = tx.getStrRef().getStrCache().getPtArray(0).getV();
        assertFalse(cached.isBlank(), where);
        assertEquals(wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue(), cached, where);
    }

    private static String rgb(CTSolidColorFillProperties fill) {
        assertNotNull(fill);
        return HexFormat.of().withUpperCase().formatHex(fill.getSrgbClr().getVal());
    }
}
