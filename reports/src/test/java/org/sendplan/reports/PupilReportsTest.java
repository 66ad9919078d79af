package org.sendplan.reports;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.model.pupils.PupilOutlook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PupilReportsTest {
    /** Two years (2024 observed, 2025 projected) × Reception, Year 7 and Year 12. */
    static PupilOutlook outlook() {
        List<PupilOutlook.Row> rows = List.of(
                new PupilOutlook.Row(2024, 0, 2000, false, 200, 40),
                new PupilOutlook.Row(2024, 7, 1000, false, Double.NaN, 30),
                new PupilOutlook.Row(2024, 12, 400, false, 20, 100),
                new PupilOutlook.Row(2025, 0, 1800, true, 180, 45),
                new PupilOutlook.Row(2025, 7, 1000, true, Double.NaN, 35),
                new PupilOutlook.Row(2025, 12, 400, true, 22, 110));
        return new PupilOutlook("baseline", "202", "Camden", 2024, rows,
                List.of(new PupilOutlook.NewPlanRate(2024, 12, 200)), List.of(), List.of());
    }

    @Test
    void pupilsCsvHasTheContractColumnsAndEmptyCellsForUnknownFigures(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("pupils.csv");
        PupilsCsvWriter.write(List.of(outlook()), f);
        List<String> lines = Files.readAllLines(f);
        assertEquals("scenario,la_code,year,ncy,pupils,projected,sen_support,ehcp,ehcp_per_1000,sen_support_per_1000", lines.get(0));
        assertEquals("baseline,202,2024,0,2000,false,200,40,20,100", lines.get(1));
        assertEquals("baseline,202,2024,7,1000,false,,30,30,", lines.get(2));
        assertEquals("baseline,202,2025,0,1800,true,180,45,25,100", lines.get(4));
        assertEquals(7, lines.size());
    }

    @Test
    void workbookGetsAPupilCensusSheetWithANativeChartOfPlansPerThousand(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("plan.xlsx");
        WorkbookWriter.write(Fixtures.forecast(), f, List.of(PupilCensusSheet.of(outlook())));
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            for (Sheet s : wb) names.add(s.getSheetName());
            assertEquals(List.of("Summary", "By provision", "By setting", "By need", "By phase", "Pupil census", "Assumptions",
                    "Data quality"), names);
            XSSFSheet sh = wb.getSheet("Pupil census");
            assertEquals(2024, sh.getRow(3).getCell(2).getNumericCellValue());
            assertEquals("observed", sh.getRow(4).getCell(2).getStringCellValue());
            assertEquals("projected", sh.getRow(4).getCell(3).getStringCellValue());
            // phases: primary (Reception) 40 / 2000, secondary 30 / 1000, Reception–Year 11 70 / 3000; post16 (100 / 400) left out:
            // its pupils are school sixth forms only
            assertEquals("primary", sh.getRow(5).getCell(0).getStringCellValue());
            assertEquals(20.0, sh.getRow(5).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(30.0, sh.getRow(6).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals("Reception–Year 11", sh.getRow(7).getCell(1).getStringCellValue());
            assertEquals(1000.0 * 70 / 3000, sh.getRow(7).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(PupilCensusSheet.POST16_LEFT_OUT, sh.getRow(2).getCell(0).getStringCellValue());
            List<XSSFChart> charts = ((XSSFDrawing) sh.getDrawingPatriarch()).getCharts();
            assertEquals(1, charts.size());
            XDDFChartData data = charts.get(0).getChartSeries().get(0);
            assertTrue(data instanceof XDDFLineChartData);
            assertEquals(3, data.getSeriesCount());
            assertEquals("'Pupil census'!$C$4:$D$4", data.getSeries(0).getCategoryData().getDataRangeReference());
            assertEquals("'Pupil census'!$C$6:$D$6", data.getSeries(0).getValuesData().getDataRangeReference());
            // the NC-year blocks: pupils of Reception in 2025, and the rate block
            boolean foundPupils = false, foundRate = false;
            for (int r = 0; r <= sh.getLastRowNum(); r++) {
                if (sh.getRow(r) == null || sh.getRow(r).getCell(0) == null) continue;
                String label = sh.getRow(r).getCell(0).toString();
                if (label.equals("Pupils, by NC year")) {
                    assertEquals("Reception", sh.getRow(r + 2).getCell(1).getStringCellValue());
                    assertEquals(1800, sh.getRow(r + 2).getCell(3).getNumericCellValue());
                    foundPupils = true;
                }
                if (label.equals("EHC plans per 1,000 pupils, by NC year")) {
                    assertEquals(25.0, sh.getRow(r + 2).getCell(3).getNumericCellValue(), 1e-9);
                    foundRate = true;
                }
            }
            assertTrue(foundPupils && foundRate);
        }
    }
}
