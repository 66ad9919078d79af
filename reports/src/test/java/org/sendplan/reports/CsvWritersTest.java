package org.sendplan.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvWritersTest {
    @TempDir
    Path dir;

    @Test
    void projectionCsvHasEveryCellInYearAgeSettingNeedOrder() throws IOException {
        Path file = dir.resolve("projection.csv");
        ProjectionCsvWriter.write(List.of(Fixtures.forecast()), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("scenario,la_code,year,age,ncy,setting,need,mean,p10,p50,p90", lines.get(0));
        assertEquals(1 + 3 * 3 * 2 * 2, lines.size());
        assertEquals("baseline,202,2024,10,6,MAINSTREAM_SCHOOL,ASD,10.125,10.125,10.125,10.125", lines.get(1));
        assertEquals("baseline,202,2024,10,6,MAINSTREAM_SCHOOL,SEMH,10.625,10.625,10.625,10.625", lines.get(2));
        assertEquals("baseline,202,2024,10,6,SPECIAL_LA_MAINTAINED,ASD,12.125,12.125,12.125,12.125", lines.get(3));
        // the zero cell (age 10, special, SEMH) in 2025: row 1 + 12 + 3
        assertEquals("baseline,202,2025,10,6,SPECIAL_LA_MAINTAINED,SEMH,0,0,0,0", lines.get(16));
        // last row: 2026, age 12 (NCY 8), special, SEMH: mean 38.625, p10 30.9, p90 48.28125
        assertEquals("baseline,202,2026,12,8,SPECIAL_LA_MAINTAINED,SEMH,38.625,30.9,38.625,48.281", lines.get(36));
        assertTrue(Files.readString(file).endsWith("\n"));
    }

    @Test
    void projectionCsvWritesForecastsOneAfterAnother() throws IOException {
        Path file = dir.resolve("projection.csv");
        ProjectionCsvWriter.write(List.of(Fixtures.forecast(), Fixtures.forecast("mitigated, EMS", 2)), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(1 + 2 * 36, lines.size());
        assertTrue(lines.get(36).startsWith("baseline,"));
        assertEquals("\"mitigated, EMS\",202,2024,10,6,MAINSTREAM_SCHOOL,ASD,20.25,20.25,20.25,20.25", lines.get(37));
    }

    @Test
    void summaryCsvHasTheSummaryRowsInOrder() throws IOException {
        Path file = dir.resolve("summary.csv");
        SummaryCsvWriter.write(List.of(Fixtures.forecast()), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("scenario,la_code,year,dimension,group,mean,p025,p10,p50,p90,p975", lines.get(0));
        // per year: 1 total + 2 provisions + 2 settings + 2 needs + 2 phases = 9 rows
        assertEquals(1 + 3 * 9, lines.size());
        assertEquals("baseline,202,2024,total,ALL,159.875,159.875,159.875,159.875,159.875,159.875", lines.get(1));
        assertEquals("baseline,202,2024,provision,MAINSTREAM,80.25,80.25,80.25,80.25,80.25,80.25", lines.get(2));
        // 2026 total: 379.875; p025 = 0.7 x is the double 265.91249999999997 -> 265.912; p975 = 1.3 x = 493.8375 -> 493.838
        assertEquals("baseline,202,2026,total,ALL,379.875,265.912,322.894,379.875,436.856,493.838", lines.get(19));
        // 2026 secondary (ages 11 and 12): 8 cells, 8 x 30.125 + 3 x 12 + 2 x 4 + 0.5 x 4 = 287
        assertTrue(lines.get(27).startsWith("baseline,202,2026,phase,secondary,287,"), lines.get(27));
    }

    @Test
    void sameForecastGivesByteIdenticalCsv() throws IOException {
        Path a = dir.resolve("a.csv"), b = dir.resolve("b.csv"), c = dir.resolve("c.csv"), d = dir.resolve("d.csv");
        ProjectionCsvWriter.write(List.of(Fixtures.forecast()), a);
        ProjectionCsvWriter.write(List.of(Fixtures.forecast()), b);
        SummaryCsvWriter.write(List.of(Fixtures.forecast()), c);
        SummaryCsvWriter.write(List.of(Fixtures.forecast()), d);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertArrayEquals(Files.readAllBytes(c), Files.readAllBytes(d));
    }
}
