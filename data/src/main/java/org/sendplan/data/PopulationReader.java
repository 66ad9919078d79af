package org.sendplan.data;

import org.sendplan.model.Ages;
import org.sendplan.model.Population;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a population projection by single year of age in the ONS subnational projection layout
 * ({@code AREA_CODE,AREA_NAME,COMPONENT,SEX,AGE_GROUP,2022,…}), persons, for one area. Ages 0–2
 * are added into the "under 3" age of the model; ages over 25 and "All ages" are not used.
 */
public final class PopulationReader {
    private static final String BUNDLED = "/org/sendplan/data/ons-snpp-2022/snpp_persons.csv.gz";

    private PopulationReader() {
    }

    /** The bundled ONS 2022-based projection, if it covers the area. */
    public static Population bundled(String areaCode) {
        return read(CsvSource.bundled(BUNDLED), areaCode, "ONS 2022-based SNPP (bundled)", true);
    }

    /** The area codes the bundled projection covers (read once a call; the file is small). */
    public static Set<String> bundledAreas() {
        Set<String> codes = new TreeSet<>();
        CsvSource.bundled(BUNDLED).forEach(List.of("AREA_CODE"), r -> codes.add(r.text("AREA_CODE")));
        return codes;
    }

    public static Population read(Path file, String areaCode) {
        return read(CsvSource.of(file), areaCode, "population file " + file.getFileName(), false);
    }

    /** @param coveredOnly null where no row is of the area (one pass over the file, not one to look and one to read) */
    private static Population read(CsvSource src, String areaCode, String label, boolean coveredOnly) {
        List<String> header = src.header();
        List<String> yearCols = new ArrayList<>();
        for (String h : header) if (h.trim().matches("\\d{4}")) yearCols.add(h.trim());
        if (yearCols.isEmpty()) throw new DataException(src.name(), 1, "header", "year columns such as 2025", "none");
        Map<Integer, double[]> byYear = new TreeMap<>();
        for (String y : yearCols) byYear.put(Numbers.integer(y), new double[Ages.COUNT]);
        Set<Integer> seenAges = new TreeSet<>();
        Set<String> areas = new TreeSet<>();
        List<String> required = new ArrayList<>(List.of("AREA_CODE", "SEX", "AGE_GROUP"));
        src.forEach(required, row -> {
            areas.add(row.text("AREA_CODE"));
            if (!row.text("AREA_CODE").equalsIgnoreCase(areaCode)) return;
            String sex = row.text("SEX").toLowerCase(java.util.Locale.ROOT);
            if (!sex.equals("persons") && !sex.equals("all")) return;
            String ageText = row.text("AGE_GROUP");
            int age;
            if (ageText.matches("\\d+")) age = Numbers.integer(ageText);
            else if (ageText.equalsIgnoreCase("All ages") || ageText.toLowerCase(java.util.Locale.ROOT).contains("and over")) return;
            else throw row.error("AGE_GROUP", "a single year of age, 'All ages' or '90 and over'", DataException.quote(ageText));
            if (!seenAges.add(age)) throw row.error("AGE_GROUP", "one row per age", "age " + age + " again");
            if (age > Ages.MAX) return;
            int i = Ages.index(Math.max(Ages.MIN, age));
            for (String y : yearCols) {
                double v = row.count(y);
                if (Double.isNaN(v)) throw row.error(y, "a population count", "a missing value");
                byYear.get(Numbers.integer(y))[i] += v;
            }
        });
        if (coveredOnly && areas.stream().noneMatch(a -> a.equalsIgnoreCase(areaCode))) return null;
        for (int a = 0; a <= Ages.MAX; a++) {
            if (!seenAges.contains(a)) {
                throw new DataException(src.name(), 0, "AGE_GROUP", "persons rows for every age 0–25 of " + areaCode,
                        seenAges.isEmpty() ? "no rows for that area (areas: " + String.join(", ", areas.stream().limit(5).toList()) + ")"
                                : "no age " + a);
            }
        }
        return Population.of(label, byYear);
    }
}
