package org.sendplan.data;

import org.sendplan.model.AgeBand;
import org.sendplan.model.Area;
import org.sendplan.model.DfeSetting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads the DfE SEN2 2022 release (long layout: one row per age band or establishment type;
 * {@code time_period} a calendar year, {@code 2022} = the January 2022 census): caseload
 * 2010–2022 and new plans 2009–2021, statements and EHC plans combined ({@code Total_all},
 * {@code Total_new_all}). Only authority rows are kept; an absent row is zero, {@code z} and
 * {@code x} are missing. Establishment types map onto settings by {@link Sen2022Columns}.
 */
public final class Sen2022Reader {
    public static final List<String> FILES = List.of("sen2_age_caseload.csv", "sen2_estab_caseload.csv",
            "sen2_age_new_plans.csv", "sen2_estab_new_plans.csv");
    private static final String BUNDLE = "/org/sendplan/data/dfe-sen2-2022/";
    private static final int S = DfeSetting.values().length;
    private static final int B = AgeBand.values().length;

    /** One authority's series as the 2022 release publishes them. */
    public record Series(Area area, SortedMap<Integer, Double> caseloadTotal, SortedMap<Integer, double[]> caseloadBySetting,
                         SortedMap<Integer, double[]> caseloadByBand, SortedMap<Integer, Double> newPlansTotal,
                         SortedMap<Integer, double[]> newPlansBySetting) implements java.io.Serializable {
    }

    /** The release: old LA code → series, in published order. */
    public record Release(String source, Map<String, Series> authorities) implements java.io.Serializable {
    }

    /** What a kept release is made of ({@link KeptWork}): parsing the bundled files is most of a backtest's reading. */
    private static final String KEPT = "org.sendplan.model.*;org.sendplan.data.Sen2022Reader$*";
    private final Function<String, CsvSource> files;
    private final String source;
    private final Map<String, Mutable> builders = new LinkedHashMap<>();

    private Sen2022Reader(Function<String, CsvSource> files, String source) {
        this.files = files;
        this.source = source;
    }

    /** The extract of the 2022 release bundled in the jar (data/tools/extract-sen2-2022.py). */
    public static Release bundled() {
        return KeptWork.load("release-2022", BuildIdentity.of(Sen2022Reader.class, Area.class) + " " + ReleaseFingerprint.BUNDLED, KEPT, Release.class,
                () -> new Sen2022Reader(f -> CsvSource.bundled(BUNDLE + f + ".gz").expecting("a DfE SEN2 file (2022 layout)"),
                        "bundled DfE SEN2 2022 release").read());
    }

    /** A folder holding the published 2022 files (each may be gzipped as {@code NAME.gz}). */
    public static Release folder(Path dir) {
        for (String f : FILES) {
            if (!Files.isRegularFile(dir.resolve(f)) && !Files.isRegularFile(dir.resolve(f + ".gz"))) {
                throw new DataException(dir.toString(), 0, "--history", "a DfE SEN2 2022 release folder with " + String.join(", ", FILES), "no " + f);
            }
        }
        return new Sen2022Reader(f -> CsvSource.of(Files.isRegularFile(dir.resolve(f)) ? dir.resolve(f) : dir.resolve(f + ".gz")).expecting("a DfE SEN2 file (2022 layout)"),
                dir.toString()).read();
    }

    private Release read() {
        readAge(files.apply("sen2_age_caseload.csv"), "Total_all", true);
        readEstab(files.apply("sen2_estab_caseload.csv"), "Total_all", true);
        readAge(files.apply("sen2_age_new_plans.csv"), "Total_new_all", false);
        readEstab(files.apply("sen2_estab_new_plans.csv"), "Total_new_all", false);
        Map<String, Series> out = new LinkedHashMap<>();
        builders.forEach((code, b) -> out.put(code, new Series(b.area, b.caseloadTotal, b.caseloadBySetting, b.caseloadByBand,
                b.newPlansTotal, b.newPlansBySetting)));
        return new Release(source, out);
    }

    private static final List<String> ID = List.of("time_period", "geographic_level", "old_la_code", "new_la_code", "la_name", "region_name");

    private static List<String> with(String... more) {
        List<String> l = new ArrayList<>(ID);
        l.addAll(List.of(more));
        return l;
    }

    private void readAge(CsvSource src, String measure, boolean caseload) {
        src.forEach(with("characteristic_age", measure), row -> {
            if (!row.text("geographic_level").equals("Local authority")) return;
            int year = year(row);
            Mutable b = builder(row);
            Optional<AgeBand> band;
            try {
                band = Sen2022Columns.band(row.text("characteristic_age"));
            } catch (IllegalArgumentException e) {
                throw row.error("characteristic_age", "an age band such as 'Age 5 to 10' or 'Total'", DataException.quote(row.text("characteristic_age")));
            }
            double v = row.count(measure);
            if (band.isEmpty()) {
                (caseload ? b.caseloadTotal : b.newPlansTotal).put(year, v);
            } else if (caseload) {
                b.caseloadByBand.computeIfAbsent(year, y -> new double[B])[band.get().ordinal()] += Double.isNaN(v) ? 0 : v;
            }
        });
    }

    private void readEstab(CsvSource src, String measure, boolean caseload) {
        src.forEach(with("establishment_type", measure), row -> {
            if (!row.text("geographic_level").equals("Local authority")) return;
            int year = year(row);
            Mutable b = builder(row);
            Optional<DfeSetting> s;
            try {
                s = Sen2022Columns.establishment(row.text("establishment_type"));
            } catch (IllegalArgumentException e) {
                throw row.error("establishment_type", "an establishment type of the SEN2 2022 release (docs/data-formats.md)",
                        DataException.quote(row.text("establishment_type")));
            }
            double[] v = (caseload ? b.caseloadBySetting : b.newPlansBySetting).computeIfAbsent(year, y -> {
                double[] z = new double[S];
                Arrays.fill(z, 0);
                return z;
            });
            if (s.isEmpty()) return;
            double x = row.count(measure);
            if (!Double.isNaN(x)) v[s.get().ordinal()] += x;
        });
    }

    private static int year(CsvSource.Row row) {
        String t = row.text("time_period");
        if (t.matches("\\d{4}")) return Numbers.integer(t);
        throw row.error("time_period", "a calendar year like 2022", DataException.quote(t));
    }

    private Mutable builder(CsvSource.Row row) {
        String code = row.text("old_la_code");
        if (code.isEmpty()) throw row.error("old_la_code", "a three-digit LA code", "an empty cell");
        return builders.computeIfAbsent(code, c -> new Mutable(new Area(c, row.text("new_la_code"), row.text("la_name"),
                Area.Level.LOCAL_AUTHORITY, row.text("region_name"))));
    }

    private static final class Mutable {
        final Area area;
        final SortedMap<Integer, Double> caseloadTotal = new TreeMap<>();
        final SortedMap<Integer, double[]> caseloadBySetting = new TreeMap<>();
        final SortedMap<Integer, double[]> caseloadByBand = new TreeMap<>();
        final SortedMap<Integer, Double> newPlansTotal = new TreeMap<>();
        final SortedMap<Integer, double[]> newPlansBySetting = new TreeMap<>();

        Mutable(Area area) {
            this.area = area;
        }
    }
}
