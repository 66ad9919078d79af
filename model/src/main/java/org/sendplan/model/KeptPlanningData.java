package org.sendplan.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The form in which {@link PlanningData} is kept between runs (Java serialisation, through its
 * {@code writeReplace}): each series as three flat arrays. Kept as they are, the twelve series of
 * boxed years, small arrays and sorted maps made the bundled release some hundreds of thousands of
 * objects, and reading them back was most of what a run read. A plain class, not a record: Java
 * reads a record back through method handles made for it, which cost more than these few fields.
 *
 * <p>Series {@code i} holds {@code years[i]}, {@code sizes[i]} and {@code values[i]}, the values one
 * after another: for a series of numbers no sizes; of arrays, each array's length (-1 for none); of
 * matrices, each matrix's row count (-1 for none) and then each row's length (-1 for none), so that
 * ragged or missing rows come back as they were.
 */
final class KeptPlanningData implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Area area;
    private final int[][] years;
    private final int[][] sizes;
    private final double[][] values;

    private KeptPlanningData(Area area, List<Series> series) {
        this.area = area;
        this.years = series.stream().map(Series::years).toArray(int[][]::new);
        this.sizes = series.stream().map(Series::sizes).toArray(int[][]::new);
        this.values = series.stream().map(Series::values).toArray(double[][]::new);
    }

    static KeptPlanningData of(PlanningData d) {
        return new KeptPlanningData(d.area(), List.of(scalars(d.caseloadTotal()), vectors(d.caseloadBySetting()), vectors(d.caseloadByAge()),
                matrices(d.caseloadByAgeSetting()), scalars(d.newPlansTotal()), vectors(d.newPlansBySetting()), vectors(d.newPlansByAge()),
                scalars(d.ceasedTotal()), vectors(d.ceasedByAge()), matrices(d.needsByAge()), matrices(d.needsBySetting()),
                matrices(d.newPlanNeedsByAge())));
    }

    /** Read back: the planning data it was made from (through the canonical constructor, which copies and freezes each series). */
    private Object readResolve() {
        return new PlanningData(area, scalarsAt(0), vectorsAt(1), vectorsAt(2), matricesAt(3), scalarsAt(4), vectorsAt(5), vectorsAt(6), scalarsAt(7),
                vectorsAt(8), matricesAt(9), matricesAt(10), matricesAt(11));
    }

    private record Series(int[] years, int[] sizes, double[] values) {
    }

    private static Series scalars(SortedMap<Integer, Double> m) {
        double[] values = new double[m.size()];
        int i = 0;
        for (double v : m.values()) values[i++] = v;
        return new Series(years(m), new int[0], values);
    }

    private static Series vectors(SortedMap<Integer, double[]> m) {
        int[] lengths = new int[m.size()];
        List<double[]> rows = new ArrayList<>(m.values());
        for (int i = 0; i < lengths.length; i++) lengths[i] = rows.get(i) == null ? -1 : rows.get(i).length;
        return new Series(years(m), lengths, joined(rows));
    }

    private static Series matrices(SortedMap<Integer, double[][]> m) {
        List<Integer> sizes = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (double[][] x : m.values()) sizes.add(x == null ? -1 : x.length);
        for (double[][] x : m.values()) {
            if (x == null) continue;
            for (double[] row : x) {
                sizes.add(row == null ? -1 : row.length);
                rows.add(row);
            }
        }
        return new Series(years(m), sizes.stream().mapToInt(Integer::intValue).toArray(), joined(rows));
    }

    private static int[] years(SortedMap<Integer, ?> m) {
        return m.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    /** The rows one after another (a missing row adds nothing). */
    private static double[] joined(List<double[]> rows) {
        double[] out = new double[rows.stream().mapToInt(r -> r == null ? 0 : r.length).sum()];
        int at = 0;
        for (double[] r : rows) {
            if (r == null) continue;
            System.arraycopy(r, 0, out, at, r.length);
            at += r.length;
        }
        return out;
    }

    private SortedMap<Integer, Double> scalarsAt(int series) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (int i = 0; i < years[series].length; i++) m.put(years[series][i], values[series][i]);
        return m;
    }

    private SortedMap<Integer, double[]> vectorsAt(int series) {
        TreeMap<Integer, double[]> m = new TreeMap<>();
        int at = 0;
        for (int i = 0; i < years[series].length; i++) {
            int n = sizes[series][i];
            m.put(years[series][i], n < 0 ? null : Arrays.copyOfRange(values[series], at, at + n));
            at += Math.max(0, n);
        }
        return m;
    }

    private SortedMap<Integer, double[][]> matricesAt(int series) {
        TreeMap<Integer, double[][]> m = new TreeMap<>();
        int[] size = sizes[series];
        int row = years[series].length, at = 0; // row lengths follow the matrices' row counts
        for (int i = 0; i < years[series].length; i++) {
            double[][] x = size[i] < 0 ? null : new double[size[i]][];
            for (int j = 0; x != null && j < x.length; j++, row++) {
                x[j] = size[row] < 0 ? null : Arrays.copyOfRange(values[series], at, at + size[row]);
                at += Math.max(0, size[row]);
            }
            m.put(years[series][i], x);
        }
        return m;
    }
}
