package org.sendplan.data.pupils;

import org.sendplan.data.Numbers;
import org.sendplan.data.CsvSource;
import org.sendplan.data.DataException;
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
 * Reads the DfE "Special educational needs in England" file {@code sen_ncyear_.csv}
 * ({@code --sen-census}), as documented in the 2021/22 data guidance: pupils by
 * {@code time_period}, {@code geographic_level}, authority ({@code old_la_code} /
 * {@code new_la_code}), {@code phase_type_grouping}, {@code primary_need} and
 * {@code pupil_sen_status} (later releases: {@code sen_primary_need}, {@code sen_status}), with
 * the NC years across: {@code nc_early_years}, {@code nc_reception}, {@code nc_year_1} …
 * {@code nc_year_14}, {@code nc_not_followed} (and {@code _percent} columns, not used).
 * <p>
 * In this publication {@code x} means <b>not applicable</b> and is read as 0 (there can be no
 * such pupils), and {@code z} means <b>not available</b> and is read as unknown: the reverse of
 * SEN2's convention. Status: a value naming an EHC plan or statement counts as EHC plan, one naming
 * SEN support or School Action as SEN support, {@code Total} rows are skipped; anything else
 * exits 3. Where a phase or need {@code Total} row exists it is used, else the phases or needs
 * are added up. {@code nc_early_years} is not split by NC year and {@code nc_not_followed} has
 * none: both are left out. Only local-authority rows of the authorities asked for are read.
 */
public final class SenCensusReader {
    private static final String[] STATUS = {"pupil_sen_status", "sen_status"};
    private static final String[] NEED = {"primary_need", "sen_primary_need"};
    private static final int EHCP = 0, SUPPORT = 1;

    private SenCensusReader() {
    }

    public static PupilCensus read(Path file, Set<String> areaCodes) {
        return read(CsvSource.of(file), areaCodes, "DfE SEN census " + file.getFileName());
    }

    static PupilCensus read(CsvSource src, Set<String> areaCodes, String label) {
        List<String> header = src.header().stream().map(String::trim).toList();
        String status = pick(src, header, STATUS);
        String need = pick(src, header, NEED);
        boolean hasOld = header.contains("old_la_code"), hasNew = header.contains("new_la_code");
        if (!hasOld && !hasNew) throw new DataException(src.name(), 1, "old_la_code", "a column 'old_la_code' or 'new_la_code'", "neither");
        List<String> required = new ArrayList<>(List.of("time_period", "geographic_level", "phase_type_grouping", status, need, "nc_reception"));
        for (int n = 1; n <= NcYears.MAX; n++) required.add("nc_year_" + n);
        Set<String> codes = new HashSet<>();
        for (String c : areaCodes) codes.add(c.toUpperCase(Locale.ROOT));
        // (year, la, status) → [level][ncy]: level 0 phase total & need total, 1 phase total & needs,
        // 2 phases & need total, 3 phases & needs
        Map<String, double[][]> acc = new HashMap<>();
        Map<String, boolean[]> levels = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> areas = new TreeSet<>();
        src.forEach(required, row -> {
            if (!isLocalAuthority(row.text("geographic_level"))) return;
            String old = hasOld ? row.text("old_la_code").toUpperCase(Locale.ROOT) : "";
            String nu = hasNew ? row.text("new_la_code").toUpperCase(Locale.ROOT) : "";
            if (areas.size() < 6) areas.add(hasOld ? old : nu);
            if (!codes.contains(old) && !codes.contains(nu)) return;
            int year = CensusYear.parse(row, "time_period");
            String st = row.text(status).toLowerCase(Locale.ROOT);
            int s;
            if (st.contains("ehc") || st.contains("care plan") || st.contains("statement")) s = EHCP;
            else if (st.contains("support") || st.contains("school action")) s = SUPPORT;
            else if (st.equals("total") || st.startsWith("all") || st.equals("total sen") || st.equals("sen total")) return;
            else throw row.error(status, "'EHC plan', 'SEN support' or 'Total'", DataException.quote(row.text(status)));
            String phase = row.text("phase_type_grouping"), nd = row.text(need);
            if (!seen.add(year + "|" + old + "|" + nu + "|" + phase.toLowerCase(Locale.ROOT) + "|" + nd.toLowerCase(Locale.ROOT) + "|" + st)) {
                throw row.error(status, "one row per authority, year, phase, need and status",
                        "a second row for " + (hasOld ? old : nu) + " " + year + " '" + phase + "', '" + nd + "', '" + row.text(status) + "'");
            }
            int level = (isTotal(phase) ? 0 : 2) + (isTotal(nd) ? 0 : 1);
            String key = year + "|" + (hasOld ? old : nu) + "|" + s;
            double[][] a = acc.computeIfAbsent(key, k -> {
                double[][] m = new double[4][];
                for (int i = 0; i < 4; i++) m[i] = new double[NcYears.COUNT];
                return m;
            });
            levels.computeIfAbsent(key, k -> new boolean[4])[level] = true;
            for (int ncy = 0; ncy <= NcYears.MAX; ncy++) {
                String col = ncy == 0 ? "nc_reception" : "nc_year_" + ncy;
                a[level][NcYears.index(ncy)] += value(row, col);
            }
        });
        if (acc.isEmpty()) throw PupilNumbersReader.noRows(src, codes, areas);
        SortedMap<Integer, double[]> ehcp = new TreeMap<>(), support = new TreeMap<>();
        for (var e : acc.entrySet()) {
            String[] k = e.getKey().split("\\|");
            int year = Numbers.integer(k[0]);
            int s = Numbers.integer(k[2]);
            boolean[] have = levels.get(e.getKey());
            int level = have[0] ? 0 : have[1] ? 1 : have[2] ? 2 : 3;
            double[] v = e.getValue()[level];
            SortedMap<Integer, double[]> target = s == EHCP ? ehcp : support;
            double[] t = target.computeIfAbsent(year, y -> {
                double[] z = NcYears.unknown();
                for (int ncy = 0; ncy <= NcYears.MAX; ncy++) z[NcYears.index(ncy)] = 0;
                return z;
            });
            for (int ncy = 0; ncy <= NcYears.MAX; ncy++) t[NcYears.index(ncy)] += v[NcYears.index(ncy)];
        }
        List<String> notes = List.of(label + ": pupils in early years (not split by NC year) and not following the national curriculum are left out; "
                + "'x' (not applicable in this publication) is read as 0 and 'z' (not available) as unknown.");
        return new PupilCensus("", new TreeMap<>(), label, support, ehcp, notes);
    }

    /** A count of this publication: x → 0 (not applicable), z or empty → unknown; negatives exit 3. */
    static double value(CsvSource.Row row, String column) {
        String v = row.text(column);
        if (v.equalsIgnoreCase("x")) return 0;
        if (v.isEmpty() || v.equalsIgnoreCase("z") || v.equalsIgnoreCase("c") || v.equalsIgnoreCase("u")) return Double.NaN;
        return row.count(column);
    }

    private static boolean isLocalAuthority(String level) {
        String l = level.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
        return l.equals("localauthority");
    }

    private static boolean isTotal(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        return l.equals("total") || l.startsWith("all ") || l.equals("all");
    }

    private static String pick(CsvSource src, List<String> header, String[] names) {
        for (String n : names) if (header.contains(n)) return n;
        throw new DataException(src.name(), 1, names[0], "a column '" + names[0] + "' (is this sen_ncyear_.csv?)",
                "header '" + String.join(",", header.subList(0, Math.min(5, header.size()))) + "'");
    }
}
