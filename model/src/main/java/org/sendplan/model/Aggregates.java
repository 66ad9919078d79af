package org.sendplan.model;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A region or England as the sum of its authorities' (cleaned) series, year by year. Sums
 * rather than the published regional rows, because those do not always add up; authorities
 * reorganised within the period (Cumbria into Cumberland and Westmorland and Furness) are
 * counted in the years they reported.
 */
public final class Aggregates {
    private Aggregates() {
    }

    public static PlanningData sum(Area area, List<PlanningData> members) {
        return new PlanningData(area,
                scalars(members, PlanningData::caseloadTotal),
                vectors(members, PlanningData::caseloadBySetting),
                vectors(members, PlanningData::caseloadByAge),
                matrices(members, PlanningData::caseloadByAgeSetting),
                scalars(members, PlanningData::newPlansTotal),
                vectors(members, PlanningData::newPlansBySetting),
                vectors(members, PlanningData::newPlansByAge),
                scalars(members, PlanningData::ceasedTotal),
                vectors(members, PlanningData::ceasedByAge),
                matrices(members, PlanningData::needsByAge),
                matrices(members, PlanningData::needsBySetting),
                matrices(members, PlanningData::newPlanNeedsByAge));
    }

    private static SortedMap<Integer, Double> scalars(List<PlanningData> m, Function<PlanningData, SortedMap<Integer, Double>> f) {
        SortedMap<Integer, Double> out = new TreeMap<>();
        for (PlanningData d : m) f.apply(d).forEach((y, v) -> {
            if (!Double.isNaN(v)) out.merge(y, v, Double::sum);
        });
        return out;
    }

    private static SortedMap<Integer, double[]> vectors(List<PlanningData> m, Function<PlanningData, SortedMap<Integer, double[]>> f) {
        SortedMap<Integer, double[]> out = new TreeMap<>();
        for (PlanningData d : m) f.apply(d).forEach((y, v) -> {
            double[] acc = out.computeIfAbsent(y, k -> new double[v.length]);
            for (int i = 0; i < v.length; i++) if (!Double.isNaN(v[i])) acc[i] += v[i];
        });
        return out;
    }

    private static SortedMap<Integer, double[][]> matrices(List<PlanningData> m, Function<PlanningData, SortedMap<Integer, double[][]>> f) {
        SortedMap<Integer, double[][]> out = new TreeMap<>();
        for (PlanningData d : m) f.apply(d).forEach((y, v) -> {
            double[][] acc = out.computeIfAbsent(y, k -> new double[v.length][v[0].length]);
            for (int i = 0; i < v.length; i++) for (int j = 0; j < v[i].length; j++) if (!Double.isNaN(v[i][j])) acc[i][j] += v[i][j];
        });
        return out;
    }
}
