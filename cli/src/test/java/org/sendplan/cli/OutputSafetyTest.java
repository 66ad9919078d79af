package org.sendplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What reaches the files and the screen is safe: hostile scenario names, unwritable folders, leftovers of killed runs. */
class OutputSafetyTest {
    private static final String ESC = "\u001b";

    @Test
    void hostileScenarioNamesAreNeutralisedInEveryCsvAndOnTheScreen(@TempDir Path dir) throws IOException {
        List<String> names = List.of("=HYPERLINK(\"http://example.invalid/\",\"click\")", "+1", "@x", "-2", "red" + ESC + "[31mred" + ESC + "[0m"); // (the reader trims a leading ESC)
        List<String> args = new ArrayList<>(List.of("forecast", "--no-backtest", "--horizon", "3", "--simulations", "100"));
        for (int i = 0; i < names.size(); i++) {
            Path f = dir.resolve("s" + i + ".yaml");
            // YAML double quotes: \" and \e (ESC) escapes
            Files.writeString(f, "name: \"" + names.get(i).replace("\"", "\\\"").replace(ESC, "\\e") + "\"\n", StandardCharsets.UTF_8);
            args.addAll(List.of("--scenario", f.toString()));
        }
        Path out = dir.resolve("out");
        args.addAll(List.of("--out", out.toString()));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains(ESC), r.out());
        assertTrue(r.out().contains("scenario red\\u001b[31mred\\u001b[0m: "), r.out());

        List<Path> csvs;
        try (Stream<Path> s = Files.walk(out)) {
            csvs = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(csvs.size() >= 5, csvs.toString());
        int scenarioCells = 0;
        for (Path csv : csvs) {
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertFalse(text.contains(ESC), csv + " holds a raw escape character");
            for (String line : text.split("\n", -1)) {
                for (String cell : cells(line)) {
                    String raw = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
                    if (raw.isEmpty()) continue;
                    char c = raw.charAt(0);
                    if (c == '-' && raw.matches("-[0-9]+(\\.[0-9]+)?")) continue; // a number
                    assertFalse("=+-@\t\r".indexOf(c) >= 0, csv.getFileName() + ": a cell a spreadsheet evaluates: " + cell);
                    if (raw.startsWith("'=HYPERLINK") || raw.equals("'+1") || raw.equals("'@x") || raw.equals("'-2")) {
                        assertTrue(cell.startsWith("\"'"), "neutralised cells are quoted: " + cell);
                        scenarioCells++;
                    }
                }
            }
        }
        assertTrue(scenarioCells > 0);
        String summary = Files.readString(out.resolve("summary.csv"));
        assertTrue(summary.contains("\n\"'+1\",808,") || summary.contains("\n\"'+1\","), "the +1 scenario's rows are there");
        assertTrue(summary.contains("\nred\\u001b[31mred\\u001b[0m,"), "the escape-code scenario's rows, escaped");
    }

    /** The cells of one CSV line (RFC 4180 quoting), each as written. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) {
                cells.add(line.substring(start, i));
                start = i + 1;
            }
        }
        cells.add(line.substring(start));
        return cells;
    }

    @Test
    void theTerminalGetsControlCharactersEscapedAndLinesBounded() {
        StringWriter sw = new StringWriter();
        PrintWriter p = Terminal.printable(new PrintWriter(sw));
        p.println("area " + ESC + "]0;owned" + "\u0007 x\ry\u009b\u202e");
        p.println("x".repeat(Terminal.MAX_LINE + 500));
        p.print("ok\r\n");
        p.flush();
        String[] lines = sw.toString().split("\n", -1);
        assertEquals("area \\u001b]0;owned\\u0007 x\\u000dy\\u009b\\u202e", lines[0].replace("\r", ""));
        assertEquals(Terminal.MAX_LINE + 1, lines[1].replace("\r", "").length());
        assertTrue(lines[1].endsWith("…"));
        assertEquals("ok\r", lines[2]);
        assertEquals("a\\u001bb\\u0009c", Terminal.printable("a" + ESC + "b\tc"));
        assertEquals(Terminal.MAX_LINE + 1, Terminal.printable("y".repeat(10_000)).length());
    }

    @Test
    void anUnwritableOutPrintsOnePlainLineAndExits4(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        for (Path out : List.of(file, file.resolve("below"))) {
            CliRun r = CliRun.of("forecast", "--no-backtest", "--horizon", "2", "--simulations", "100", "--out", out.toString());
            assertEquals(ExitCodes.OUTPUT, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("error: cannot write to " + out + ": "), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals("not a folder", Files.readString(file));
        }
    }

    @Test
    void theNextRunRemovesWhatAKilledRunLeft(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("forecast", "--no-backtest", "--horizon", "2", "--simulations", "100", "--out", out.toString()).exit());
        Path store = dir.resolve(".out.sendplan");
        // a run that died (pid 2^31-2 is not alive) while staging, one that died before its commit point
        Path dead = Files.createDirectories(store.resolve("set-2147483646-1/charts"));
        Files.writeString(dead.resolve("total.png"), "half");
        Files.createSymbolicLink(store.resolve("next-2147483646-2"), Path.of("set-2147483646-1"));
        Files.createSymbolicLink(out.resolve("places-new.csv"), Path.of("../.out.sendplan/current/places-new.csv"));
        Files.writeString(out.resolve("my-notes.txt"), "the user's own file");

        CliRun r = CliRun.of("forecast", "--no-backtest", "--horizon", "2", "--simulations", "100", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        try (Stream<Path> s = Files.list(store)) {
            List<String> left = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, left.size(), left.toString());
            assertEquals("current", left.get(0));
            assertTrue(left.get(1).startsWith("set-" + ProcessHandle.current().pid() + "-"), left.toString());
        }
        assertFalse(Files.exists(out.resolve("places-new.csv"), java.nio.file.LinkOption.NOFOLLOW_LINKS), "dangling link removed");
        assertEquals("the user's own file", Files.readString(out.resolve("my-notes.txt")));
        assertTrue(r.out().contains("wrote 12 files to " + out), r.out());
    }

    @Test
    void aFolderOfAnOlderSendplanIsTakenOverWithTheUsersFilesKept(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("backtest.csv"), "an old report the new run does not write");
        Files.writeString(out.resolve("notes.txt"), "mine");
        CliRun r = CliRun.of("forecast", "--no-backtest", "--horizon", "2", "--simulations", "100", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(out.resolve("backtest.csv"), java.nio.file.LinkOption.NOFOLLOW_LINKS), "a report of the old set, not of the new");
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.readString(out.resolve("summary.csv")).startsWith("scenario,la_code,"));
        // backtest then owns backtest.csv only: the forecast's reports stay
        CliRun b = CliRun.of("backtest", "--horizons", "1", "--simulations", "100", "--out", out.toString());
        assertEquals(0, b.exit(), b.err());
        assertTrue(Files.isRegularFile(out.resolve("backtest.csv")));
        assertTrue(Files.isRegularFile(out.resolve("projection.csv")));
        assertTrue(Files.isRegularFile(out.resolve("charts/total.png")));
    }
}
