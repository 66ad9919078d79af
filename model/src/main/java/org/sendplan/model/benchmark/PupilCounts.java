package org.sendplan.model.benchmark;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Pupils (headcount, every NC year held) by authority and January school census: the denominator
 * of the per-1,000-pupils benchmark figures.
 *
 * @param source     what the counts were read from, as the notes name it
 * @param byAuthority old LA code → January census year → pupils
 */
public record PupilCounts(String source, Map<String, SortedMap<Integer, Double>> byAuthority) {
    public static final PupilCounts NONE = new PupilCounts("", Map.of());

    public PupilCounts {
        Map<String, SortedMap<Integer, Double>> copy = new HashMap<>();
        byAuthority.forEach((k, v) -> copy.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
        byAuthority = Collections.unmodifiableMap(copy);
    }

    /** The latest census held for any authority no later than {@code year}; 0 when there is none. */
    public int latestYear(int year) {
        TreeSet<Integer> years = new TreeSet<>();
        for (SortedMap<Integer, Double> m : byAuthority.values()) years.addAll(m.keySet());
        Integer y = years.floor(year);
        return y == null ? 0 : y;
    }

    /** An authority's pupils at a census; NaN when not held. */
    public double of(String oldCode, int year) {
        SortedMap<Integer, Double> m = byAuthority.get(oldCode);
        Double v = m == null ? null : m.get(year);
        return v == null ? Double.NaN : v;
    }
}
