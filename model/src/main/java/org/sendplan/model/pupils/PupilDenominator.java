package org.sendplan.model.pupils;

import org.sendplan.model.Ages;
import org.sendplan.model.Population;

import java.util.Map;
import java.util.TreeMap;

/**
 * Pupils as the per-head denominator of new plans at school ages: a {@link Population} for the
 * cohort model in which ages 4–18 (NCY 0–14) hold the pupils of that NC year in the January
 * census of the same calendar year, and the other ages the population projection where one is
 * given, else a constant (no change per head). The cohort model only uses each age's ratio
 * between years, so the two kinds of count can sit side by side.
 */
public final class PupilDenominator {
    private PupilDenominator() {
    }

    /**
     * @param pupils   pupils by NC year through at least {@code lastYear}
     * @param other    population for the other ages, or null
     * @param firstYear first calendar year needed (the base year − 1)
     * @param lastYear  last calendar year needed (base year − 1 + horizon)
     */
    public static Population population(PupilProjection pupils, Population other, int firstYear, int lastYear) {
        Map<Integer, double[]> byYear = new TreeMap<>();
        int covered = 0;
        for (int y = firstYear; y <= lastYear; y++) {
            double[] v = new double[Ages.COUNT];
            for (int a = 0; a < Ages.COUNT; a++) {
                int age = Ages.age(a);
                int ncy = age - 4;
                boolean school = NcYears.valid(ncy) && ncy >= 0 && usable(pupils, ncy, firstYear, lastYear);
                if (school) v[a] = pupils.at(y, ncy);
                else v[a] = other != null && other.covers(y) ? other.at(y, a) : 1;
            }
            byYear.put(y, v);
        }
        for (int ncy = 0; ncy <= NcYears.MAX; ncy++) if (usable(pupils, ncy, firstYear, lastYear)) covered++;
        String rest = other == null ? "no change per head at other ages" : other.source() + " at other ages";
        return Population.of("pupils by NC year at " + covered + " school ages (January census of the calendar year); " + rest, byYear);
    }

    private static boolean usable(PupilProjection p, int ncy, int from, int to) {
        for (int y = from; y <= to; y++) {
            double v = p.at(y, ncy);
            if (!(v > 0)) return false;
        }
        return true;
    }
}
