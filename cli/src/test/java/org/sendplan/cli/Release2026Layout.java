package org.sendplan.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Test fixtures: the bundled 2025 release as it is, and the same figures in the 2026 layout.
 * SYNTHETIC: the 2026 layout's split of {@code special_academy_free} into {@code special_academy}
 * (three quarters, rounded up) and {@code special_free_school} (the rest) is made up here, not the
 * DfE's; so is {@code number_ds}, written {@code x} as the 2026 release writes it for 2024/25. The
 * columns and the renamed age topic are those of the 2026 release (REFORM-PLAN.md).
 */
final class Release2026Layout {
    private static final String BUNDLE = "/org/sendplan/data/dfe-sen2-2025/";
    private static final List<String> FILES = List.of("caseload.csv", "newplans.csv", "ceased_plans.csv", "sen_needs_all_plans.csv",
            "sen_need_newplans.csv", "requests.csv");
    private static final String AGE_2025 = "Child or young persons age", AGE_2026 = "Age at start of academic year";

    private Release2026Layout() {
    }

    /** The bundled 2025 files copied as they are (gzipped) into {@code dir}. */
    static Path copy2025(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : FILES) {
            try (InputStream in = bundled(f)) {
                Files.copy(in, dir.resolve(f + ".gz"));
            }
        }
        return dir;
    }

    /** The bundled 2025 figures written in the 2026 layout, as plain CSV, into {@code dir}. */
    static Path write2026(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : FILES) {
            boolean settings = f.equals("caseload.csv") || f.equals("newplans.csv"), needs = f.startsWith("sen_need");
            try (Reader in = new InputStreamReader(new GZIPInputStream(bundled(f)), StandardCharsets.UTF_8);
                 CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT);
                 Writer out = Files.newBufferedWriter(dir.resolve(f), StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
                int split = -1, topic = -1;
                boolean header = true;
                for (CSVRecord r : parser) {
                    List<String> cells = new ArrayList<>(r.toList());
                    if (header) {
                        split = cells.indexOf("special_academy_free");
                        topic = cells.indexOf("breakdown_topic");
                        if (settings) cells.set(split, "special_academy");
                        if (settings) cells.add(split + 1, "special_free_school");
                        if (needs) cells.add("number_ds");
                        header = false;
                    } else {
                        if (settings) {
                            String v = cells.get(split);
                            boolean count = v.matches("\\d+");
                            int n = count ? Integer.parseInt(v) : 0, free = n / 4;
                            cells.set(split, count ? Integer.toString(n - free) : v);
                            cells.add(split + 1, count ? Integer.toString(free) : v);
                        }
                        if (needs) cells.add("x");
                        if (cells.get(topic).equals(AGE_2025)) cells.set(topic, AGE_2026);
                    }
                    printer.printRecord(cells);
                }
            }
        }
        return dir;
    }

    private static InputStream bundled(String file) throws IOException {
        InputStream in = Release2026Layout.class.getResourceAsStream(BUNDLE + file + ".gz");
        if (in == null) throw new IOException("bundled resource missing: " + file);
        return in;
    }
}
