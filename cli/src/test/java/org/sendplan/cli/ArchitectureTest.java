package org.sendplan.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The one-way flow of the modules, read from the sources: {@code cli → app → reports, scenarios,
 * data → model}, with {@code model} free of I/O libraries and {@code app} free of the command
 * line; Tablesaw used for its tables, not its readers and writers; and no class in {@code src/main}
 * over 400 lines.
 */
class ArchitectureTest {
    /** The build runs tests from the module's folder; the other modules are its siblings. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\s*;", Pattern.MULTILINE);

    private static List<String> violations(String module, List<String> allowedPrefixes) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String imp = m.group(1);
                    if (allowedPrefixes.stream().noneMatch(imp::startsWith)) out.add(ROOT.relativize(f) + ": " + imp);
                }
            }
        }
        return out;
    }

    @Test
    void modelIsPure() throws IOException {
        // tech.tablesaw.: the design's library for reshaping long tables (the national ranking, AreaFiguresTable);
        // its table API only, see tablesawWithoutItsReadersAndWriters
        assertEquals(List.of(), violations("model", List.of("java.", "org.apache.commons.math3.", "tech.tablesaw.", "org.sendplan.model.")));
    }

    /** Tablesaw is there for its tables: files are read and written by data and reports' own streaming readers and writers. */
    @Test
    void tablesawWithoutItsReadersAndWriters() throws IOException {
        Pattern io = Pattern.compile("^import (?:static )?tech\\.tablesaw\\.io\\.|\\b(?:read|write)\\(\\)\\s*\\.", Pattern.MULTILINE);
        List<String> out = new ArrayList<>();
        for (String module : List.of("model", "data", "scenarios", "reports", "app", "cli")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String src = Files.readString(f);
                    if (src.contains("tech.tablesaw.") && io.matcher(src).find()) out.add(ROOT.relativize(f).toString());
                }
            }
        }
        assertEquals(List.of(), out);
    }

    @Test
    void dataHoldsReadersOnly() throws IOException {
        assertEquals(List.of(), violations("data", List.of("java.", "org.apache.commons.csv.", "org.snakeyaml.", "org.sendplan.model.", "org.sendplan.data.")));
    }

    @Test
    void scenariosReadScenarioFilesOnly() throws IOException {
        assertEquals(List.of(), violations("scenarios", List.of("java.", "org.sendplan.model.", "org.sendplan.data.", "org.sendplan.scenarios.")));
    }

    @Test
    void reportsWriteWhatTheModelComputed() throws IOException {
        // tech.tablesaw.: the national workbook is written from the stacked figures' table (model.evaluation.AreaFiguresTable);
        // com.github.mustachejava.: the dashboard's template; javax.imageio.: the JDK's encoder under XChart's PNGs, told to buffer in memory;
        // org.apache.commons.io.output.: an unsynchronised writer for a workbook's sheets held in memory
        assertEquals(List.of(), violations("reports", List.of("java.", "javax.imageio.", "org.apache.poi.", "org.openxmlformats.", "org.knowm.xchart.",
                "com.fasterxml.jackson.", "org.apache.commons.csv.", "org.apache.commons.compress.", "org.apache.commons.io.output.", "tech.tablesaw.",
                "com.github.mustachejava.", "org.sendplan.model.", "org.sendplan.reports.")));
    }

    @Test
    void appHasNoCommandLine() throws IOException {
        assertEquals(List.of(), violations("app", List.of("java.", "org.sendplan.model.", "org.sendplan.data.", "org.sendplan.scenarios.",
                "org.sendplan.reports.", "org.sendplan.app.")));
    }

    @Test
    void noClassOver400Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (String module : List.of("model", "data", "scenarios", "reports", "app", "cli")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    long lines = Files.readAllLines(f).size();
                    if (lines > 400) long_.add(ROOT.relativize(f) + ": " + lines);
                }
            }
        }
        assertEquals(List.of(), long_);
    }
}
