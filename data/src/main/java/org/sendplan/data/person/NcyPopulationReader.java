package org.sendplan.data.person;

import org.sendplan.data.CsvSource;
import org.sendplan.data.DataException;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads population by NC year in the peer's layout, {@code calendar-year,academic-year,population}
 * (the {@code academic-year} column is the NC year). NC years outside the model's range are
 * ignored; inside it, every year present must have every NC year.
 */
public final class NcyPopulationReader {
    static final List<String> COLUMNS = List.of("calendar-year", "academic-year", "population");

    /** The population table and where it came from, so that a missing year can name the file and line. */
    public record Table(String file, long lastLine, TreeMap<Integer, double[]> byYear) {
        /** Throws when {@code year} is missing; {@code why} says what needs it. */
        public double[] require(int year, String why) {
            double[] v = byYear.get(year);
            if (v == null) {
                throw new DataException(file, lastLine, "calendar-year", "population for " + year + " (" + why + ")",
                        byYear.isEmpty() ? "no years" : "years " + byYear.firstKey() + "–" + byYear.lastKey());
            }
            return v;
        }
    }

    private NcyPopulationReader() {
    }

    public static Table read(Path file, int minNcy, int maxNcy) {
        CsvSource src = CsvSource.of(file);
        int ncys = maxNcy - minNcy + 1;
        TreeMap<Integer, double[]> byYear = new TreeMap<>();
        Map<Integer, boolean[]> seen = new HashMap<>();
        Map<Integer, Long> firstLine = new HashMap<>();
        long[] last = {1};
        src.forEach(COLUMNS, row -> {
            last[0] = row.line();
            int year = Ints.parse(row, "calendar-year", 1900, 2200);
            int ncy = Ints.parse(row, "academic-year", -10, 40);
            double v = row.count("population");
            if (Double.isNaN(v)) throw row.error("population", "a number of persons", "a missing value");
            if (ncy < minNcy || ncy > maxNcy) return;
            boolean[] s = seen.computeIfAbsent(year, y -> new boolean[ncys]);
            firstLine.putIfAbsent(year, row.line());
            if (s[ncy - minNcy]) throw row.error("academic-year", "one row per calendar year and NC year", year + ", NC year " + ncy + " again");
            s[ncy - minNcy] = true;
            byYear.computeIfAbsent(year, y -> new double[ncys])[ncy - minNcy] = v;
        });
        for (var e : seen.entrySet()) {
            for (int a = 0; a < ncys; a++) {
                if (!e.getValue()[a]) {
                    throw new DataException(src.name(), firstLine.get(e.getKey()), "academic-year",
                            "every NC year " + minNcy + " to " + maxNcy + " in " + e.getKey(), "no row for NC year " + (a + minNcy));
                }
            }
        }
        return new Table(src.name(), last[0], byYear);
    }
}
