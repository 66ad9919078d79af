package org.sendplan.model.pupils;

import org.sendplan.model.Assumption;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Pupils by NC year per January census year: the observed censuses, then the grade-progression
 * projection ({@link GradeProgression}).
 *
 * @param pupils       census year → pupils by NC year (observed years, then projected)
 * @param lastObserved the last observed census year (later years are projected)
 * @param ratios       [NC year index] averaged grade-progression ratio from the NC year below
 *                     ({@code NaN} where the NC year is an intake year or no ratio could be formed)
 * @param intakeGrowth [NC year index] fitted log growth per year of an intake NC year ({@code NaN} elsewhere)
 * @param assumptions  every ratio and trend used
 * @param method       notes, including the gap projected before the EHCP base year
 */
public record PupilProjection(SortedMap<Integer, double[]> pupils, int lastObserved, double[] ratios, double[] intakeGrowth,
                              List<Assumption> assumptions, List<String> method) {
    public PupilProjection {
        pupils = Collections.unmodifiableSortedMap(new TreeMap<>(pupils));
        assumptions = List.copyOf(assumptions);
        method = List.copyOf(method);
    }

    public boolean projected(int year) {
        return year > lastObserved;
    }

    /** Pupils in an NC year in a census year ({@code NaN} when not known). */
    public double at(int year, int ncy) {
        double[] v = pupils.get(year);
        return v == null ? Double.NaN : v[NcYears.index(ncy)];
    }
}
