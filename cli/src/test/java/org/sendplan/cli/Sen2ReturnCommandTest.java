package org.sendplan.cli;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: {@code forecast --sen2-return DIR} on the synthetic return (data's Sen2ReturnGenerator). */
class Sen2ReturnCommandTest {
    @TempDir
    static Path shared;
    static Path demo;
    static CliRun run;

    @BeforeAll
    static void forecastTheSyntheticReturn() throws URISyntaxException {
        demo = Path.of(Sen2ReturnCommandTest.class.getResource("/org/sendplan/cli/sen2-return-demo").toURI());
        run = CliRun.of("forecast", "--sen2-return", demo.toString(), "--settings", demo.resolve("settings.csv").toString(),
                "--horizon", "5", "--simulations", "200", "--seed", "3", "--out", shared.resolve("out").toString());
    }

    @Test
    void forecastsFromTheReturn() throws IOException {
        assertEquals(0, run.exit(), run.err());
        // 273 children with a plan and a main placement on 16 January 2025 (counted apart from sendplan from the files' dates)
        assertTrue(run.out().startsWith("sen2-return-demo (person-level, trend estimation): 273 EHC plans in January 2025; projected "), run.out());
        List<String> summary = Files.readAllLines(shared.resolve("out/summary.csv"));
        assertTrue(summary.contains("baseline,local,2025,total,ALL,273,273,273,273,273,273"), "the base census is the return's");
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("baseline,local,2030,provision,RESOURCED,")), "settings mapped to provisions");
    }

    /** Not one UPN, ULN, name or postcode of the return's person module is in any output or message. */
    @Test
    void noPupilIdentifierReachesAnyOutput() throws IOException {
        assertEquals(0, run.exit(), run.err());
        List<String> secrets = new ArrayList<>();
        for (String line : Files.readAllLines(demo.resolve("person.csv")).subList(1, 528)) {
            String[] f = line.split(",", -1);
            secrets.addAll(List.of(f[2] + "," + f[3], f[3], f[7], f[8], f[9])); // surname+forename, forename, postcode, UPN, ULN
        }
        assertEquals(527 * 5, secrets.size());
        List<String> texts = new ArrayList<>(List.of(run.out(), run.err()));
        try (Stream<Path> files = Files.walk(shared.resolve("out"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                if (f.toString().endsWith(".xlsx")) {
                    StringBuilder cells = new StringBuilder();
                    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
                        for (Sheet s : wb) for (Row row : s) for (Cell c : row) if (c.getCellType() == CellType.STRING) cells.append(c.getStringCellValue()).append('\n');
                    }
                    texts.add(cells.toString());
                }
            }
        }
        for (String text : texts) {
            // every synthetic UPN starts U9000, every forename Child0, every postcode ZZ99: one search each covers them all
            for (String prefix : List.of("U9000", "Child0", "ZZ99")) assertFalse(text.contains(prefix), prefix);
        }
        for (String s : secrets.subList(0, 50)) for (String text : texts) assertFalse(text.contains(s), s);
    }

    /** A broken return exits 3 with one line naming file, line, field, what was expected and what was found, as the census reader does. */
    @Test
    void aBrokenReturnExitsThreeWithOneLine(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(demo)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName().toString()));
        }
        List<String> needs = new ArrayList<>(Files.readAllLines(dir.resolve("sen_need.csv")));
        needs.set(5, needs.get(5).replaceFirst(",AP\\d+,", ",AP9999,"));
        Files.write(dir.resolve("sen_need.csv"), needs);
        CliRun r = CliRun.of("forecast", "--sen2-return", dir.toString(), "--out", dir.resolve("o").toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals(List.of("error: " + dir.resolve("sen_need.csv") + ":6: activeplanstableid: expected the id of a row of active_plans.csv, "
                + "found an id that is in no row of active_plans.csv"), r.err().lines().toList());
        Files.delete(dir.resolve("plan_detail.csv"));
        r = CliRun.of("forecast", "--sen2-return", dir.toString(), "--out", dir.resolve("o").toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals(List.of("error: " + dir.resolve("plan_detail.csv") + ": file: expected the SEN2 return's plan detail module (plan_detail.csv), "
                + "found no such file"), r.err().lines().toList());
    }

    @Test
    void theReturnIsOneOfThePersonLevelSources(@TempDir Path dir) {
        CliRun r = CliRun.of("forecast", "--sen2-return", demo.toString(), "--census", demo.resolve("person.csv").toString(), "--out", dir.toString());
        assertEquals(2, r.exit(), r.err());
    }
}
