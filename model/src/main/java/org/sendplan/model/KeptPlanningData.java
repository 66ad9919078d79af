package org.sendplan.model;

import java.io.Serializable;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The form in which {@link PlanningData} is kept between runs (Java serialisation, through its
 * {@code writeReplace}): each series as a few flat arrays. Kept as they are, the twelve series of
 * boxed years, small arrays and sorted maps made the bundled release some hundreds of thousands of
 * objects, and reading them back was most of what a run read. A series of arrays keeps each
 * array's length (-1 for none); a series of matrices keeps each matrix's row count and each row's
 * length, so that ragged or missing rows come back as they were.
 */
record KeptPlanningData(Area area, Scalars caseloadTotal, Vectors caseloadBySetting, Vectors caseloadByAge,
                        Matrices caseloadByAgeSetting, Scalars newPlansTotal, Vectors newPlansBySetting, Vectors newPlansByAge,
                        Scalars ceasedTotal, Vectors ceasedByAge, Matrices needsByAge, Matrices needsBySetting,
                        Matrices newPlanNeedsByAge) implements Serializable {

    static KeptPlanningData of(PlanningData d) {
        return new KeptPlanningData(d.area(), Scalars.of(d.caseloadTotal()), Vectors.of(d.caseloadBySetting()), Vectors.of(d.caseloadByAge()),
                Matrices.of(d.caseloadByAgeSetting()), Scalars.of(d.newPlansTotal()), Vectors.of(d.newPlansBySetting()),
                Vectors.of(d.newPlansByAge()), Scalars.of(d.ceasedTotal()), Vectors.of(d.ceasedByAge()), Matrices.of(d.needsByAge()),
                Matrices.of(d.needsBySetting()), Matrices.of(d.newPlanNeedsByAge()));
    }

    /** Read back: the planning data it was made from (through the canonical constructor, which checks nothing it would not). */
    private Object readResolve() {
        return new PlanningData(area, caseloadTotal.map(), caseloadBySetting.map(), caseloadByAge.map(), caseloadByAgeSetting.map(),
                newPlansTotal.map(), newPlansBySetting.map(), newPlansByAge.map(), ceasedTotal.map(), ceasedByAge.map(),
                needsByAge.map(), needsBySetting.map(), newPlanNeedsByAge.map());
    }

    /** Year → value. */
    record Scalars(int[] years, double[] values) implements Serializable {
        static Scalars of(SortedMap<Integer, Double> m) {
            int[] years = new int[m.size()];
            double[] values = new double[m.size()];
            int i = 0;
            for (var e : m.entrySet()) {
                years[i] = e.getKey();
                values[i++] = e.getValue();
            }
            return new Scalars(years, values);
        }

        SortedMap<Integer, Double> map() {
            TreeMap<Integer, Double> m = new TreeMap<>();
            for (int i = 0; i < years.length; i++) m.put(years[i], values[i]);
            return m;
        }
    }

    /** Year → array: the arrays one after another, each of {@code lengths[i]} values (-1: null). */
    record Vectors(int[] years, int[] lengths, double[] values) implements Serializable {
        static Vectors of(SortedMap<Integer, double[]> m) {
            int[] years = new int[m.size()], lengths = new int[m.size()];
            int i = 0, n = 0;
            for (var e : m.entrySet()) {
                years[i] = e.getKey();
                lengths[i] = e.getValue() == null ? -1 : e.getValue().length;
                n += Math.max(0, lengths[i++]);
            }
            double[] values = new double[n];
            int at = 0;
            for (double[] v : m.values()) at = put(v, values, at);
            return new Vectors(years, lengths, values);
        }

        SortedMap<Integer, double[]> map() {
            TreeMap<Integer, double[]> m = new TreeMap<>();
            int at = 0;
            for (int i = 0; i < years.length; i++) {
                m.put(years[i], lengths[i] < 0 ? null : java.util.Arrays.copyOfRange(values, at, at + lengths[i]));
                at += Math.max(0, lengths[i]);
            }
            return m;
        }
    }

    /** Year → matrix: {@code rows[i]} rows (-1: null), each of {@code lengths[k]} values (-1: null), one after another. */
    record Matrices(int[] years, int[] rows, int[] lengths, double[] values) implements Serializable {
        static Matrices of(SortedMap<Integer, double[][]> m) {
            int[] years = new int[m.size()], rows = new int[m.size()];
            int i = 0, r = 0, n = 0;
            for (var e : m.entrySet()) {
                years[i] = e.getKey();
                double[][] x = e.getValue();
                rows[i++] = x == null ? -1 : x.length;
                if (x == null) continue;
                r += x.length;
                for (double[] row : x) n += row == null ? 0 : row.length;
            }
            int[] lengths = new int[r];
            double[] values = new double[n];
            int k = 0, at = 0;
            for (double[][] x : m.values()) {
                if (x == null) continue;
                for (double[] row : x) {
                    lengths[k++] = row == null ? -1 : row.length;
                    at = put(row, values, at);
                }
            }
            return new Matrices(years, rows, lengths, values);
        }

        SortedMap<Integer, double[][]> map() {
            TreeMap<Integer, double[][]> m = new TreeMap<>();
            int k = 0, at = 0;
            for (int i = 0; i < years.length; i++) {
                double[][] x = rows[i] < 0 ? null : new double[rows[i]][];
                for (int j = 0; x != null && j < x.length; j++, k++) {
                    x[j] = lengths[k] < 0 ? null : java.util.Arrays.copyOfRange(values, at, at + lengths[k]);
                    at += Math.max(0, lengths[k]);
                }
                m.put(years[i], x);
            }
            return m;
        }
    }

    /** Copies {@code v} (if any) into {@code into} at {@code at}; the position after it. */
    private static int put(double[] v, double[] into, int at) {
        if (v == null) return at;
        System.arraycopy(v, 0, into, at, v.length);
        return at + v.length;
    }
}
