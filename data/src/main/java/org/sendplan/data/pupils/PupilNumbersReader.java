package org.sendplan.data.pupils;

import org.sendplan.data.BuildIdentity;
import org.sendplan.data.KeptWork;
import org.sendplan.data.ReleaseFingerprint;

import org.sendplan.data.Numbers;
import org.sendplan.data.CsvSource;
import org.sendplan.data.DataException;
import org.sendplan.model.benchmark.PupilCounts;
import org.sendplan.model.pupils.NcYears;
import org.sendplan.model.pupils.PupilCensus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads pupils by authority × NC year × January census ({@code --pupils}) in either published
 * layout, summing the authorities asked for (one, or a region's or England's members):
 * <ul>
 * <li><b>by LA and NC year</b> ({@code pupil_numbers_by_ncyear_2012_2023.csv}):
 *     {@code time_period,old_la_code,new_la_code,la_name,nc_year,…,headcount,…}, an authority
 *     matched by old or new code, {@code nc_year} {@code reception} or {@code year_group_1} …
 *     {@code year_group_14} ({@code nursery_1}, {@code nursery_2} too);</li>
 * <li><b>the table-tool export</b> ({@code pupilNumbersByYearGroupLA.csv}):
 *     {@code location,location_code,geographic_level,time_period,phase_type_grouping,gender,ncyear,headcount},
 *     matched by new code, {@code ncyear} {@code Nursery 1} (NCY −2), {@code Nursery 2} (−1),
 *     {@code Reception}, {@code Year 1} … {@code Year 14}; {@code Early 1}, {@code Early 2} (below
 *     NCY −2) and {@code Not followed} are left out and said so, {@code Total} is checked against the
 *     sum; only {@code gender} Total rows are used. When every phase is primary (as in the DfE
 *     export), Years 7–14 count only the few such pupils in primary schools and are left out.</li>
 * </ul>
 * Duplicated rows, an unknown NC year, a negative or missing headcount exit 3 with file and line.
 */
public final class PupilNumbersReader {
    /** Every authority, January 2012–2023, as the GLA compiled it (the published file, gzipped). */
    static final String BUNDLED = "/org/sendplan/data/dfe-pupils-ncyear/pupil_numbers_by_ncyear_2012_2023.csv.gz";
    static final String BUNDLED_LABEL = "DfE school census pupil numbers by NC year (GLA compilation, bundled extract)";
    /** What the benchmarks call the bundled file. */
    static final String COUNTS_LABEL = "DfE school census, GLA compilation, bundled";
    /**
     * The authorities the bundled file serves as the pupil census of a forecast (pupils.csv, the
     * Pupil census sheet, {@code --new-plans-per pupils}) by default: Stockton-on-Tees, as before the
     * file covered every authority. Every authority's pupils serve the benchmarks ({@link #bundledCounts}).
     */
    private static final Set<String> BUNDLED_CODES = Set.of("808", "E06000004");

    private PupilNumbersReader() {
    }

    /**
     * The bundled file read once: old LA code → (year → pupils by NC year), each authority's rows as
     * {@code --pupils} reads them; parsed once per build and kept ({@link KeptWork}).
     */
    private static final class Bundled {
        @SuppressWarnings("unchecked")
        static final Map<String, SortedMap<Integer, double[]>> BY_AUTHORITY = KeptWork.load("pupils",
                BuildIdentity.of(PupilNumbersReader.class) + " " + ReleaseFingerprint.BUNDLED, "", HashMap.class,
                () -> new HashMap<>(readAll(CsvSource.bundled(BUNDLED))));
    }

    /** The bundled pupil numbers (Stockton-on-Tees) when they serve the area, else null. */
    public static PupilCensus bundled(Set<String> areaCodes) {
        boolean covers = false;
        for (String c : areaCodes) covers |= BUNDLED_CODES.contains(c.toUpperCase(Locale.ROOT));
        if (!covers || !areaCodes.stream().allMatch(c -> BUNDLED_CODES.contains(c.toUpperCase(Locale.ROOT)))) return null;
        return new PupilCensus(BUNDLED_LABEL, Bundled.BY_AUTHORITY.get("808"), "", new TreeMap<>(), new TreeMap<>(), List.of());
    }

    /** Every authority's pupils in the bundled file (all NC years added), by old LA code and January census: the benchmarks' denominator. */
    public static PupilCounts bundledCounts() {
        Map<String, SortedMap<Integer, Double>> out = new HashMap<>();
        Bundled.BY_AUTHORITY.forEach((code, years) -> {
            SortedMap<Integer, Double> totals = new TreeMap<>();
            years.forEach((y, v) -> {
                double sum = 0;
                for (double x : v) if (!Double.isNaN(x)) sum += x;
                totals.put(y, sum);
            });
            out.put(code, totals);
        });
        return new PupilCounts(COUNTS_LABEL, out);
    }

    /** Every authority's rows of a file in the by-LA layout, with the checks of {@link #read}. */
    static Map<String, SortedMap<Integer, double[]>> readAll(CsvSource src) {
        Map<String, SortedMap<Integer, double[]>> out = new HashMap<>();
        Set<String> seen = new HashSet<>();
        src.forEach(List.of("time_period", "old_la_code", "new_la_code", "nc_year", "headcount"), row -> {
            String old = row.text("old_la_code").toUpperCase(Locale.ROOT), nu = row.text("new_la_code").toUpperCase(Locale.ROOT);
            if (old.isEmpty()) throw row.error("old_la_code", "a three-digit LA code", "an empty cell");
            int year = CensusYear.parse(row, "time_period");
            int ncy = glaNcy(row);
            if (!seen.add(year + "|" + old + "|" + nu + "|" + ncy)) {
                throw row.error("nc_year", "one row per authority, year and NC year", "a second row for " + old + " " + year + " NCY " + ncy);
            }
            add(out.computeIfAbsent(old, k -> new TreeMap<>()), year, ncy, headcount(row, "headcount"));
        });
        return out;
    }

    public static PupilCensus read(Path file, Set<String> areaCodes) {
        return read(CsvSource.of(file), areaCodes, "pupil numbers " + file.getFileName());
    }

    static PupilCensus read(CsvSource src, Set<String> areaCodes, String label) {
        List<String> header = src.header().stream().map(String::trim).toList();
        Set<String> codes = new HashSet<>();
        for (String c : areaCodes) codes.add(c.toUpperCase(Locale.ROOT));
        if (header.contains("nc_year")) return byLa(src, codes, label);
        if (header.contains("ncyear")) return tableTool(src, codes, label);
        throw new DataException(src.name(), 1, "header", "pupil numbers by NC year (a column 'nc_year' or 'ncyear')",
                DataException.quote(String.join(",", header.subList(0, Math.min(5, header.size())))));
    }

    private static PupilCensus byLa(CsvSource src, Set<String> codes, String label) {
        SortedMap<Integer, double[]> out = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> areas = new TreeSet<>();
        src.forEach(List.of("time_period", "old_la_code", "new_la_code", "nc_year", "headcount"), row -> {
            String old = row.text("old_la_code").toUpperCase(Locale.ROOT), nu = row.text("new_la_code").toUpperCase(Locale.ROOT);
            if (areas.size() < 6) areas.add(old);
            if (!codes.contains(old) && !codes.contains(nu)) return;
            int year = CensusYear.parse(row, "time_period");
            int ncy = glaNcy(row);
            if (!seen.add(year + "|" + old + "|" + nu + "|" + ncy)) {
                throw row.error("nc_year", "one row per authority, year and NC year", "a second row for " + old + " " + year + " NCY " + ncy);
            }
            add(out, year, ncy, headcount(row, "headcount"));
        });
        if (out.isEmpty()) throw noRows(src, codes, areas);
        return new PupilCensus(label, out, "", new TreeMap<>(), new TreeMap<>(), List.of());
    }

    private static int glaNcy(CsvSource.Row row) {
        String v = row.text("nc_year").toLowerCase(Locale.ROOT);
        if (v.equals("reception")) return 0;
        if (v.equals("nursery_1")) return -2;
        if (v.equals("nursery_2")) return -1;
        String n0 = v.startsWith("year_group_") ? v.substring("year_group_".length()) : "";
        if (Numbers.digits(n0, 1) || Numbers.digits(n0, 2)) {
            int n = Numbers.integer(n0);
            if (n >= 1 && n <= NcYears.MAX) return n;
        }
        throw row.error("nc_year", "an NC year from −2 to 14: nursery_1, nursery_2, reception, year_group_1 … year_group_14", DataException.quote(v));
    }

    private static PupilCensus tableTool(CsvSource src, Set<String> codes, String label) {
        SortedMap<Integer, double[]> parts = new TreeMap<>(), totalPhase = new TreeMap<>();
        SortedMap<Integer, Double> totals = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> areas = new TreeSet<>();
        Set<String> phases = new TreeSet<>();
        double[] left = new double[1];
        SortedMap<Integer, Double> everything = new TreeMap<>();
        boolean hasGender = src.header().stream().anyMatch(h -> h.trim().equals("gender"));
        List<String> required = List.of("location_code", "time_period", "phase_type_grouping", "ncyear", "headcount");
        src.forEach(required, row -> {
            String code = row.text("location_code").toUpperCase(Locale.ROOT);
            if (areas.size() < 6) areas.add(code);
            if (!codes.contains(code)) return;
            if (hasGender && !row.text("gender").equalsIgnoreCase("total")) return;
            int year = CensusYear.parse(row, "time_period");
            String phase = row.text("phase_type_grouping");
            String label0 = row.text("ncyear");
            if (!seen.add(year + "|" + code + "|" + phase.toLowerCase(Locale.ROOT) + "|" + label0.toLowerCase(Locale.ROOT))) {
                throw row.error("ncyear", "one row per authority, year, phase and NC year", "a second '" + label0 + "' row for " + code + " " + year);
            }
            boolean phaseTotal = phase.equalsIgnoreCase("total") || phase.equalsIgnoreCase("all");
            if (!phaseTotal) phases.add(phase);
            String v = label0.toLowerCase(Locale.ROOT);
            double n = headcount(row, "headcount");
            if (v.equals("total")) {
                if (!phaseTotal) totals.merge(year, n, Double::sum);
                return;
            }
            Integer ncy = tableToolNcy(row, v);
            if (!phaseTotal) everything.merge(year, n, Double::sum);
            if (ncy == null) {
                if (!phaseTotal) left[0] += n;
                return;
            }
            add(phaseTotal ? totalPhase : parts, year, ncy, n);
        });
        SortedMap<Integer, double[]> out = totalPhase.isEmpty() ? parts : totalPhase;
        if (out.isEmpty()) throw noRows(src, codes, areas);
        List<String> notes = new ArrayList<>();
        for (var e : totals.entrySet()) {
            Double s = everything.get(e.getKey());
            if (s != null && Math.abs(s - e.getValue()) > 0.5) {
                notes.add(String.format(Locale.ROOT, "%s: the published total for January %d (%,.0f) differs from the sum of its NC years (%,.0f).",
                        label, e.getKey(), e.getValue(), s));
            }
        }
        if (left[0] > 0) {
            notes.add(String.format(Locale.ROOT, "%s: %,.0f pupils in 'Early 1', 'Early 2' (below NCY −2) or 'Not followed' are left out.",
                    label, left[0]));
        }
        boolean primaryOnly = !phases.isEmpty() && phases.stream().allMatch(p -> p.toLowerCase(Locale.ROOT).contains("primary"));
        if (primaryOnly && totalPhase.isEmpty()) {
            for (double[] v : out.values()) for (int ncy = 7; ncy <= NcYears.MAX; ncy++) v[NcYears.index(ncy)] = Double.NaN;
            notes.add(label + ": pupils in primary schools only, so Years 7–14 (the few such pupils in primary schools) are left out.");
        }
        return new PupilCensus(label, out, "", new TreeMap<>(), new TreeMap<>(), notes);
    }

    private static Integer tableToolNcy(CsvSource.Row row, String v) {
        switch (v) {
            case "nursery 1": return -2;
            case "nursery 2": return -1;
            case "reception": return 0;
            case "early 1", "early 2", "not followed": return null;
            default:
                if (v.matches("year \\d{1,2}")) {
                    int n = Numbers.integer(v.substring(5));
                    if (n >= 1 && n <= NcYears.MAX) return n;
                }
                throw row.error("ncyear", "an NC year: Nursery 1, Nursery 2, Reception, Year 1 … Year 14 (or Early 1, Early 2, Not followed, Total)",
                        DataException.quote(row.text("ncyear")));
        }
    }

    static double headcount(CsvSource.Row row, String column) {
        double v = row.count(column);
        if (Double.isNaN(v)) throw row.error(column, "a headcount", "a missing value '" + row.text(column) + "'");
        return v;
    }

    static void add(SortedMap<Integer, double[]> m, int year, int ncy, double n) {
        double[] v = m.computeIfAbsent(year, y -> NcYears.unknown());
        int i = NcYears.index(ncy);
        v[i] = Double.isNaN(v[i]) ? n : v[i] + n;
    }

    static DataException noRows(CsvSource src, Set<String> codes, Set<String> areas) {
        return new DataException(src.name(), 0, "area", "rows for " + String.join(" or ", new TreeSet<>(codes)),
                "none (areas such as " + String.join(", ", areas) + ")");
    }
}
