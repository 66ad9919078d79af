package org.sendplan.data;

import org.sendplan.model.Ages;
import org.sendplan.model.Area;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.Need;
import org.sendplan.model.PlanningData;
import org.sendplan.model.benchmark.Requests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads a DfE SEN2 release in the 2025 or 2026 layout ({@link DfeColumns}: the 2026 split special academy and
 * free school columns, renamed age topic and Down syndrome need): {@code caseload.csv},
 * {@code newplans.csv}, {@code ceased_plans.csv}, {@code sen_needs_all_plans.csv},
 * {@code sen_need_newplans.csv}, and {@code requests.csv} where the folder holds it (the bundled copy
 * keeps its "All requests" rows only). Only authority rows are kept. A row that is absent means zero;
 * {@code x} and {@code z} are missing values.
 */
public final class DfeReleaseReader {
    public static final List<String> FILES = List.of("caseload.csv", "newplans.csv", "ceased_plans.csv",
            "sen_needs_all_plans.csv", "sen_need_newplans.csv");
    /** Read where present: the benchmarks' requests for an EHC needs assessment. */
    public static final String REQUESTS = "requests.csv";
    /** The breakdown topic of requests.csv that is read: every request, not split by age, sex or ethnicity. */
    static final String ALL_REQUESTS = "All requests for EHC needs assessments";
    private static final String BUNDLE = "/org/sendplan/data/dfe-sen2-2025/";
    private static final int S = DfeSetting.values().length;
    private static final int N = Need.values().length;

    private static final String KIND = "a DfE SEN2 file";
    private final Function<String, CsvSource> files;
    private final boolean hasRequests;
    private final String source;
    private final String fingerprint;
    private final List<String> warnings = new ArrayList<>();
    private final UnknownColumns unknown = new UnknownColumns();
    private final Map<String, Builder> builders = new LinkedHashMap<>();
    private final Map<String, String> regions = new LinkedHashMap<>();

    private DfeReleaseReader(Function<String, CsvSource> files, boolean hasRequests, String source, String fingerprint) {
        this.files = files;
        this.hasRequests = hasRequests;
        this.source = source;
        this.fingerprint = fingerprint;
    }

    private static final String KEPT = "org.sendplan.model.*;org.sendplan.model.benchmark.Requests;org.sendplan.data.DfeRelease"; // its classes

    /** The copy of the DfE SEN2 2025 release bundled in the jar (parsed once per build and kept: {@link KeptWork}). */
    public static DfeRelease bundled() {
        return kept(ReleaseFingerprint.BUNDLED, "", () -> new DfeReleaseReader(f -> CsvSource.bundled(BUNDLE + f + ".gz").expecting(KIND), true,
                "bundled DfE SEN2 2025 release", ReleaseFingerprint.BUNDLED).read());
    }

    /** A release parsed once per build and data, and kept; its folder identifies it too, as its messages name the files read. */
    private static DfeRelease kept(String fingerprint, String folder, java.util.function.Supplier<DfeRelease> read) {
        return KeptWork.load("release", BuildIdentity.of(DfeReleaseReader.class, Area.class) + " " + fingerprint + " " + folder, KEPT, DfeRelease.class,
                read);
    }

    /** A folder holding the release files (each may also be gzipped as {@code NAME.gz}). */
    public static DfeRelease folder(Path dir) {
        List<String> missing = new ArrayList<>();
        for (String f : FILES) {
            if (!Files.exists(dir.resolve(f)) && !Files.exists(dir.resolve(f + ".gz"))) missing.add(f);
        }
        if (!Files.isDirectory(dir)) {
            throw new DataException(dir.toString(), 0, "--data", "a folder holding a DfE SEN2 release", "no such folder");
        }
        if (!missing.isEmpty()) {
            throw new DataException(dir.toString(), 0, "--data", "a DfE SEN2 release folder with " + String.join(", ", FILES),
                    "no " + String.join(", ", missing));
        }
        boolean requests = Files.exists(dir.resolve(REQUESTS)) || Files.exists(dir.resolve(REQUESTS + ".gz"));
        // each file as found once (plain or gzipped): the one fingerprinted is the one read
        Map<String, Path> read = new LinkedHashMap<>();
        for (String f : requests ? with(FILES, REQUESTS) : FILES) read.put(f, Files.exists(dir.resolve(f)) ? dir.resolve(f) : dir.resolve(f + ".gz"));
        String fingerprint = ReleaseFingerprint.of(List.copyOf(read.values()));
        return kept(fingerprint, dir.toAbsolutePath().toString(), () -> new DfeReleaseReader(f -> CsvSource.of(read.get(f)).expecting(KIND), requests,
                dir.toString(), fingerprint).read());
    }

    private DfeRelease read() {
        readCaseload(files.apply("caseload.csv"));
        readNewPlans(files.apply("newplans.csv"));
        readCeased(files.apply("ceased_plans.csv"));
        readNeeds(files.apply("sen_needs_all_plans.csv"), false);
        readNeeds(files.apply("sen_need_newplans.csv"), true);
        Map<String, Requests> requests = hasRequests ? readRequests(files.apply(REQUESTS)) : Map.of();
        unknown.warning().ifPresent(w -> warnings.add(0, w));
        List<Area> areas = new ArrayList<>();
        Map<String, PlanningData> data = new LinkedHashMap<>();
        for (Builder b : builders.values()) {
            areas.add(b.area);
            data.put(b.area.code(), b.build());
        }
        return new DfeRelease(source, areas, regions, data, warnings, requests, fingerprint);
    }

    private static final List<String> ID = List.of("time_period", "geographic_level", "new_la_code", "old_la_code",
            "la_name", "region_name", "breakdown_topic", "breakdown");

    private static List<String> with(List<String> a, String... more) {
        List<String> l = new ArrayList<>(a);
        l.addAll(List.of(more));
        return l;
    }

    /** Setting columns present in the file; unknown measure columns are gathered for the release's one warning. */
    private Map<String, DfeSetting> settingColumns(CsvSource src) {
        Map<String, DfeSetting> cols = new LinkedHashMap<>();
        for (String h : src.header()) {
            String c = h.replace("\uFEFF", "").trim();
            DfeSetting s = DfeColumns.SETTING_COLUMNS.get(c);
            if (s != null) cols.put(c, s);
            else if (!DfeColumns.ignored(c)) unknown.add(src.name(), c);
        }
        if (cols.isEmpty()) {
            throw new DataException(src.name(), 1, "header", "SEN2 setting columns such as mainstream_la_maintained", "none");
        }
        return cols;
    }

    private void readCaseload(CsvSource src) {
        Map<String, DfeSetting> cols = settingColumns(src);
        Map<String, Long> seen = new java.util.HashMap<>(1 << 16); // the rows of one release file: no rehashing as it grows
        src.forEach(with(ID, "ehcplans"), row -> {
            if (!isAuthority(row)) return;
            once(seen, row);
            int year = censusYear(row);
            Builder b = builder(row);
            String topic = row.text("breakdown_topic");
            if (topic.equals("All EHC plans")) {
                b.caseloadTotal.put(year, row.count("ehcplans"));
                b.caseloadBySetting.put(year, settings(row, cols));
            } else if (topic.equals("Child or young persons age") || topic.equals("Age at start of academic year")) {
                int a = ageIndex(row, false);
                b.caseloadByAge.computeIfAbsent(year, y -> new double[Ages.COUNT])[a] += zeroIfMissing(row.count("ehcplans"));
                double[] s = settings(row, cols);
                double[] cell = b.caseloadByAgeSetting.computeIfAbsent(year, y -> new double[Ages.COUNT][S])[a];
                for (int i = 0; i < S; i++) cell[i] += zeroIfMissing(s[i]);
            }
        });
    }

    private void readNewPlans(CsvSource src) {
        Map<String, DfeSetting> cols = settingColumns(src);
        Map<String, Long> seen = new java.util.HashMap<>(1 << 16); // the rows of one release file: no rehashing as it grows
        src.forEach(with(ID, "new_ehc_plans"), row -> {
            if (!isAuthority(row)) return;
            once(seen, row);
            int year = calendarYear(row);
            Builder b = builder(row);
            String topic = row.text("breakdown_topic");
            if (topic.equals("New EHC plans")) {
                b.newPlansTotal.put(year, row.count("new_ehc_plans"));
                b.newPlansBySetting.put(year, settings(row, cols));
            } else if (topic.equals("Age when plan started")) {
                int a = ageIndex(row, true);
                b.newPlansByAge.computeIfAbsent(year, y -> new double[Ages.COUNT])[a] += zeroIfMissing(row.count("new_ehc_plans"));
            }
        });
    }

    private void readCeased(CsvSource src) {
        Map<String, double[]> unknownAge = new LinkedHashMap<>();
        Map<String, Long> seen = new java.util.HashMap<>(1 << 16); // the rows of one release file: no rehashing as it grows
        src.forEach(with(ID, "total_ceased"), row -> {
            if (!isAuthority(row)) return;
            once(seen, row);
            int year = calendarYear(row);
            Builder b = builder(row);
            String topic = row.text("breakdown_topic");
            if (topic.equals("All ceased EHC plans")) {
                b.ceasedTotal.put(year, row.count("total_ceased"));
            } else if (topic.equals("Age plan ceased")) {
                double v = zeroIfMissing(row.count("total_ceased"));
                int age = parseAge(row);
                double[] byAge = b.ceasedByAge.computeIfAbsent(year, y -> new double[Ages.COUNT]);
                if (age < 0) {
                    unknownAge.computeIfAbsent(b.area.code() + ":" + year, k -> new double[1])[0] += v;
                } else {
                    byAge[Ages.index(Math.max(Ages.MIN, Math.min(age, 20)))] += v;
                }
            }
        });
        // "Age unknown" ceased plans are spread over the known ages in proportion, so that the
        // ages add up to the published total.
        unknownAge.forEach((key, v) -> {
            String[] k = key.split(":");
            double[] byAge = builders.get(k[0]).ceasedByAge.get(Numbers.integer(k[1]));
            double known = 0;
            for (double x : byAge) known += x;
            if (known > 0) for (int i = 0; i < byAge.length; i++) byAge[i] += v[0] * byAge[i] / known;
        });
    }

    private void readNeeds(CsvSource src, boolean newPlans) {
        Map<String, Need> needCols = new LinkedHashMap<>();
        for (String h : src.header()) {
            String c = h.replace("\uFEFF", "").trim();
            Need n = DfeColumns.NEED_COLUMNS.get(c);
            if (n != null) needCols.put(c, n);
            else if (!DfeColumns.ignored(c)) unknown.add(src.name(), c);
        }
        if (needCols.isEmpty()) {
            throw new DataException(src.name(), 1, "header", "need columns such as number_asd", "none");
        }
        Map<String, Long> seen = new java.util.HashMap<>(1 << 16); // the rows of one release file: no rehashing as it grows
        src.forEach(with(ID, "ehc_plans"), row -> {
            if (!isAuthority(row)) return;
            once(seen, row);
            int year = newPlans ? calendarYear(row) : censusYear(row);
            Builder b = builder(row);
            String topic = row.text("breakdown_topic");
            double[] needs = new double[N];
            needCols.forEach((c, n) -> needs[n.ordinal()] += zeroIfMissing(row.count(c)));
            if (topic.equals("Child or young persons age") || topic.equals("Age at start of academic year")) {
                int a = ageIndex(row, true);
                var target = newPlans ? b.newPlanNeedsByAge : b.needsByAge;
                double[] cell = target.computeIfAbsent(year, y -> new double[Ages.COUNT][N])[a];
                for (int i = 0; i < N; i++) cell[i] += needs[i];
            } else if (!newPlans && topic.equals("Type of placement")) {
                Optional<DfeSetting> s;
                try {
                    s = DfeColumns.placementLabel(row.text("breakdown"));
                } catch (IllegalArgumentException e) {
                    warnings.add(src.name() + ":" + row.line() + ": placement label '" + row.text("breakdown")
                            + "' matches no setting; left out of the need-by-placement margin");
                    return;
                }
                if (s.isEmpty()) return;
                double[] cell = b.needsBySetting.computeIfAbsent(year, y -> new double[S][N])[s.get().ordinal()];
                for (int i = 0; i < N; i++) cell[i] += needs[i];
            }
        });
    }

    /**
     * Requests for an EHC needs assessment by calendar year, from the rows of the "All requests"
     * topic (the age, sex and ethnicity breakdowns are not read): received, and decided to assess.
     * An authority that decided to assess more requests than it received is said in a warning and
     * its assessed count left out.
     */
    private Map<String, Requests> readRequests(CsvSource src) {
        Map<String, SortedMap<Integer, Double>> received = new LinkedHashMap<>(), assessed = new LinkedHashMap<>();
        Map<String, Long> seen = new java.util.HashMap<>(1 << 11);
        src.forEach(with(ID, "requests_received_in_year", "requests_decided_to_assess"), row -> {
            if (!isAuthority(row) || !row.text("breakdown_topic").equals(ALL_REQUESTS)) return;
            once(seen, row);
            int year = calendarYear(row);
            String code = row.text("old_la_code");
            if (code.isEmpty()) throw row.error("old_la_code", "a three-digit LA code", "an empty cell");
            double r = row.count("requests_received_in_year"), a = row.count("requests_decided_to_assess");
            if (a > r) {
                warnings.add(src.name() + ":" + row.line() + ": requests_decided_to_assess (" + String.format(java.util.Locale.ROOT, "%.0f", a)
                        + ") is more than requests_received_in_year (" + String.format(java.util.Locale.ROOT, "%.0f", r) + "); the assessed share of "
                        + row.text("la_name") + " in " + year + " is left out");
                a = Double.NaN;
            }
            received.computeIfAbsent(code, k -> new TreeMap<>()).put(year, r);
            assessed.computeIfAbsent(code, k -> new TreeMap<>()).put(year, a);
        });
        if (received.isEmpty()) {
            throw new DataException(src.name(), 0, "breakdown_topic", "local authority rows of '" + ALL_REQUESTS + "'", "none");
        }
        Map<String, Requests> out = new LinkedHashMap<>();
        received.forEach((code, r) -> out.put(code, new Requests(r, assessed.get(code))));
        return out;
    }

    /**
     * Refuses a second row for the same period, authority, topic and breakdown: added in, it
     * would count those plans twice.
     */
    private static void once(Map<String, Long> seen, CsvSource.Row row) {
        String key = row.text("time_period") + "\u0000" + row.text("old_la_code") + "\u0000" + row.text("breakdown_topic")
                + "\u0000" + row.text("breakdown");
        Long before = seen.putIfAbsent(key, row.line());
        if (before != null) {
            throw row.error("row", "one row per time_period, authority, breakdown_topic and breakdown",
                    "a second row for " + DataException.quote(row.text("time_period") + " " + row.text("old_la_code") + " "
                            + row.text("breakdown_topic") + ": " + row.text("breakdown")) + " (lines " + before + " and " + row.line() + ")");
        }
    }

    private static boolean isAuthority(CsvSource.Row row) {
        return row.text("geographic_level").equals("Local authority");
    }

    private Builder builder(CsvSource.Row row) {
        String code = row.text("old_la_code");
        if (code.isEmpty()) throw row.error("old_la_code", "a three-digit LA code", "an empty cell");
        Builder b = builders.get(code);
        String newCode = row.text("new_la_code");
        // regions are the nine E12 regions; sen_need_newplans.csv splits London into Inner and Outer (E13)
        if (row.has("region_code") && row.text("region_code").startsWith("E12")) {
            regions.putIfAbsent(row.text("region_name"), row.text("region_code"));
        }
        if (b == null) {
            b = new Builder(new Area(code, newCode, row.text("la_name"), Area.Level.LOCAL_AUTHORITY, row.text("region_name")));
            builders.put(code, b);
        } else if (!b.area.newCode().equals(newCode) && censusOrCalendar(row) >= b.latestSeen) {
            // an authority re-coded (Buckinghamshire became a unitary): keep the newest code, remember the old one
            b.area = new Area(code, newCode, row.text("la_name"), Area.Level.LOCAL_AUTHORITY, b.area.region());
        }
        b.latestSeen = Math.max(b.latestSeen, censusOrCalendar(row));
        return b;
    }

    private static int censusOrCalendar(CsvSource.Row row) {
        String t = row.text("time_period");
        return t.length() == 6 ? Numbers.integer(t.substring(0, 4)) + 1 : Numbers.integer(t);
    }

    /** {@code 202425} (academic year 2024/25) is the January 2025 census. */
    private static int censusYear(CsvSource.Row row) {
        String t = row.text("time_period");
        if (Numbers.digits(t, 6) && Numbers.integer(t.substring(4)) == (Numbers.integer(t.substring(2, 4)) + 1) % 100) {
            return Numbers.integer(t.substring(0, 4)) + 1;
        }
        throw row.error("time_period", "an academic year like 202425", DataException.quote(t));
    }

    private static int calendarYear(CsvSource.Row row) {
        String t = row.text("time_period");
        if (Numbers.digits(t, 4)) return Numbers.integer(t);
        throw row.error("time_period", "a calendar year like 2024", DataException.quote(t));
    }

    private static int parseAge(CsvSource.Row row) {
        try {
            int a = DfeColumns.age(row.text("breakdown"));
            return a == DfeColumns.AGE_20_AND_OVER ? 20 : a;
        } catch (IllegalArgumentException e) {
            throw row.error("breakdown", "an age such as 'age 7', 'under 3' or 'age 20 and over'", DataException.quote(row.text("breakdown")));
        }
    }

    private static int ageIndex(CsvSource.Row row, boolean unknownAllowed) {
        int a = parseAge(row);
        if (a < 0 && !unknownAllowed) throw row.error("breakdown", "a single age", DataException.quote(row.text("breakdown")));
        if (a < 0) a = Ages.MIN; // never reached for caseload; need files have no unknown age
        if (a > Ages.MAX) throw row.error("breakdown", "an age up to " + Ages.MAX, DataException.quote(row.text("breakdown")));
        return Ages.index(Math.max(Ages.MIN, a));
    }

    private static double[] settings(CsvSource.Row row, Map<String, DfeSetting> cols) {
        double[] v = new double[S];
        java.util.Arrays.fill(v, Double.NaN);
        for (var e : cols.entrySet()) {
            double x = row.count(e.getKey());
            int i = e.getValue().ordinal();
            if (!Double.isNaN(x)) v[i] = (Double.isNaN(v[i]) ? 0 : v[i]) + x;
        }
        return v;
    }

    private static double zeroIfMissing(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static final class Builder {
        Area area;
        int latestSeen;
        final SortedMap<Integer, Double> caseloadTotal = new TreeMap<>();
        final SortedMap<Integer, double[]> caseloadBySetting = new TreeMap<>();
        final SortedMap<Integer, double[]> caseloadByAge = new TreeMap<>();
        final SortedMap<Integer, double[][]> caseloadByAgeSetting = new TreeMap<>();
        final SortedMap<Integer, Double> newPlansTotal = new TreeMap<>();
        final SortedMap<Integer, double[]> newPlansBySetting = new TreeMap<>();
        final SortedMap<Integer, double[]> newPlansByAge = new TreeMap<>();
        final SortedMap<Integer, Double> ceasedTotal = new TreeMap<>();
        final SortedMap<Integer, double[]> ceasedByAge = new TreeMap<>();
        final SortedMap<Integer, double[][]> needsByAge = new TreeMap<>();
        final SortedMap<Integer, double[][]> needsBySetting = new TreeMap<>();
        final SortedMap<Integer, double[][]> newPlanNeedsByAge = new TreeMap<>();

        Builder(Area area) {
            this.area = area;
        }

        PlanningData build() {
            return new PlanningData(area, caseloadTotal, caseloadBySetting, caseloadByAge, caseloadByAgeSetting,
                    newPlansTotal, newPlansBySetting, newPlansByAge, ceasedTotal, ceasedByAge,
                    needsByAge, needsBySetting, newPlanNeedsByAge);
        }
    }
}
