package org.sendplan.data.pupils;

import org.sendplan.data.ReleaseFingerprint;

import org.sendplan.data.Numbers;
import org.sendplan.data.DataException;
import org.sendplan.data.CsvSource;
import org.sendplan.model.Need;
import org.sendplan.model.pupils.NcYears;
import org.sendplan.model.pupils.PupilCensus;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads an authority's own pupil-level school census extract ({@code --school-census}),
 * {@code census_year,pupil_id,ncy,sen_provision,primary_need,school_urn,school_type}, and
 * aggregates it as it is read into pupils, SEN support ({@code K}) and EHC plans ({@code E}) by
 * census year and NC year. Pupil ids are never kept: to find a pupil counted twice in one census,
 * each id is held only as a salted one-way hash (the salt is random per read) until the file is
 * read, and the error names the two lines, not the id. Nothing pupil-level leaves this class.
 * <p>
 * {@code ncy}: −2 … 14 ({@code N1}, {@code N2}, {@code R} accepted); {@code sen_provision}
 * {@code E}, {@code K} or {@code N}; {@code primary_need} empty or a school census need code
 * (ASD, SEMH, SLCN, MLD, SLD, PMLD, SPLD, HI, VI, MSI, PD, OTH, NSA). Anything else exits 3.
 */
public final class SchoolCensusReader {
    static final List<String> COLUMNS = List.of("census_year", "pupil_id", "ncy", "sen_provision", "primary_need", "school_urn", "school_type");
    private static final Set<String> NEEDS = needs();

    private SchoolCensusReader() {
    }

    public static PupilCensus read(Path file) {
        return read(CsvSource.of(file), "school census " + file.getFileName());
    }

    static PupilCensus read(CsvSource src, String label) {
        SortedMap<Integer, double[]> pupils = new TreeMap<>(), support = new TreeMap<>(), ehcp = new TreeMap<>();
        Map<Integer, Map<Long, Long>> ids = new HashMap<>();
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        MessageDigest sha = ReleaseFingerprint.sha256();
        boolean[] seenNcy = new boolean[NcYears.COUNT];
        src.forEach(COLUMNS, row -> {
            int year = CensusYear.parse(row, "census_year");
            String id = row.text("pupil_id");
            if (id.isEmpty()) throw row.error("pupil_id", "a pupil id", "an empty cell");
            int ncy = ncy(row);
            String prov = row.text("sen_provision").toUpperCase(Locale.ROOT);
            if (!prov.equals("E") && !prov.equals("K") && !prov.equals("N")) {
                throw row.error("sen_provision", "E (EHC plan), K (SEN support) or N (no SEN)", DataException.quote(row.text("sen_provision")));
            }
            String need = row.text("primary_need").toUpperCase(Locale.ROOT);
            if (!need.isEmpty() && !NEEDS.contains(need)) {
                throw row.error("primary_need", "empty or one of " + String.join(", ", NEEDS), DataException.quote(row.text("primary_need")));
            }
            sha.reset();
            sha.update(salt);
            byte[] h = sha.digest(id.getBytes(StandardCharsets.UTF_8));
            Long first = ids.computeIfAbsent(year, y -> new HashMap<>()).putIfAbsent(ByteBuffer.wrap(h).getLong(), row.line());
            if (first != null) {
                throw row.error("pupil_id", "each pupil once in a census", "the pupil of line " + first + " again in census " + year + " (id not shown)");
            }
            seenNcy[NcYears.index(ncy)] = true;
            PupilNumbersReader.add(pupils, year, ncy, 1);
            if (prov.equals("K")) PupilNumbersReader.add(support, year, ncy, 1);
            if (prov.equals("E")) PupilNumbersReader.add(ehcp, year, ncy, 1);
        });
        ids.clear();
        if (pupils.isEmpty()) throw new org.sendplan.data.DataException(src.name(), 0, "rows", "at least one pupil", "none");
        for (int y : pupils.keySet()) {
            for (SortedMap<Integer, double[]> m : List.of(pupils, support, ehcp)) {
                double[] v = m.computeIfAbsent(y, k -> NcYears.unknown());
                for (int i = 0; i < NcYears.COUNT; i++) if (seenNcy[i] && Double.isNaN(v[i])) v[i] = 0;
            }
        }
        return new PupilCensus(label, pupils, label, support, ehcp,
                List.of(label + ": pupil-level extract aggregated by census year and NC year as read (pupil ids not kept)."));
    }

    private static int ncy(CsvSource.Row row) {
        String v = row.text("ncy").toUpperCase(Locale.ROOT);
        switch (v) {
            case "N1": return -2;
            case "N2": return -1;
            case "R": return 0;
            default:
                if (v.matches("[+-]?\\d{1,3}")) {
                    int n = Numbers.integer(v);
                    if (NcYears.valid(n)) return n;
                }
                throw row.error("ncy", "an NC year from −2 to 14 (N1, N2 and R accepted)", DataException.quote(row.text("ncy")));
        }
    }

    private static Set<String> needs() {
        Set<String> s = new java.util.TreeSet<>();
        for (Need n : Need.values()) if (n != Need.UNKNOWN) s.add(n.name());
        s.add("NSA");
        return java.util.Collections.unmodifiableSet(s);
    }
}
