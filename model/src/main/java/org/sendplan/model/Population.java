package org.sendplan.model;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Mid-year population by single year of age (index {@link Ages#index}) per year, e.g. an ONS
 * subnational projection. Used as the denominator of new plans.
 *
 * @param source where it came from, for the Assumptions sheet
 * @param byYear mid-year (30 June) year → persons by age index
 */
public record Population(String source, SortedMap<Integer, double[]> byYear) {
    public Population {
        byYear = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
    }

    public boolean covers(int year) {
        return byYear.containsKey(year);
    }

    public double at(int year, int ageIndex) {
        double[] v = byYear.get(year);
        if (v == null) throw new IllegalArgumentException("no population for " + year);
        return v[ageIndex];
    }

    public static Population of(String source, Map<Integer, double[]> byYear) {
        return new Population(source, new TreeMap<>(byYear));
    }
}
