package org.sendplan.model.evaluation;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Dimension;
import org.sendplan.model.evaluation.RollingBacktest.Method;
import org.sendplan.model.evaluation.RollingBacktest.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The metrics on the Tablesaw table give the very doubles, in the very order, of the loop over
 * rows they replaced (kept here as the reference): records compare their doubles with
 * {@link Double#compare}, so a last-bit difference fails.
 */
class BacktestMetricsTest {
    private static final String[] PROVISIONS = {"MAINSTREAM", "SPECIAL_STATE", "SPECIAL_INDEPENDENT", "OTHER"};

    /** Rows shaped as the backtest makes them: sendplan with a band, last_value and last_growth without, same cases. */
    private static List<Row> rows(Random rnd, int bases, int maxH) {
        List<Row> rows = new ArrayList<>();
        for (int base = 2012; base < 2012 + bases; base++) {
            for (int h = 1; h <= maxH; h++) {
                for (Dimension d : List.of(Dimension.TOTAL, Dimension.PROVISION, Dimension.PHASE)) {
                    String[] groups = d == Dimension.TOTAL ? new String[]{"TOTAL"} : PROVISIONS;
                    for (String g : groups) {
                        double actual = rnd.nextInt(10) == 0 ? 0 : 1 + rnd.nextInt(3000) + rnd.nextDouble();
                        double f = actual * (0.7 + 0.6 * rnd.nextDouble());
                        double band = rnd.nextDouble() * 0.3 * f;
                        rows.add(new Row("808", Method.SENDPLAN, base, h, d, g, f, f - band, f + band, actual));
                        if (rnd.nextInt(12) == 0) continue; // no last value for this case
                        double last = actual * (0.8 + 0.4 * rnd.nextDouble());
                        rows.add(new Row("808", Method.LAST_VALUE, base, h, d, g, last, Double.NaN, Double.NaN, actual));
                        if (rnd.nextInt(5) == 0) continue;
                        rows.add(new Row("808", Method.LAST_GROWTH, base, h, d, g, last * (0.9 + 0.2 * rnd.nextDouble()), Double.NaN, Double.NaN, actual));
                    }
                }
            }
        }
        // in the backtest's order: method, base year, horizon, dimension, group
        rows.sort(Comparator.comparing(Row::method).thenComparingInt(Row::baseYear).thenComparingInt(Row::horizon)
                .thenComparing(Row::dimension).thenComparing(Row::group));
        return rows;
    }

    @Test
    void sameLinesAsTheLoopOverRows() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            List<Row> rows = rows(rnd, 1 + rnd.nextInt(12), 1 + rnd.nextInt(10));
            sameLines(reference(rows), BacktestMetrics.of(rows));
            // and in any row order: the groups are still method × horizon × dimension, sorted
            List<Row> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, rnd);
            sameLines(reference(shuffled), BacktestMetrics.of(shuffled));
        }
    }

    /** Line by line, so that a failure names the line. */
    private static void sameLines(List<BacktestMetrics.Line> expected, List<BacktestMetrics.Line> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), actual.get(i), "line " + i);
    }

    @Test
    void medianOfAnEvenCountIsTheMidpointAsComputedBefore() {
        // APEs 0.1 and 0.7: (0.1 + 0.7) / 2 is 0.39999999999999997; Commons Math's percentile (Tablesaw's median) says 0.4
        List<Row> rows = List.of(new Row("808", Method.SENDPLAN, 2015, 1, Dimension.TOTAL, "TOTAL", 110, 100, 120, 100),
                new Row("808", Method.SENDPLAN, 2016, 1, Dimension.TOTAL, "TOTAL", 170, 150, 190, 100));
        BacktestMetrics.Line l = BacktestMetrics.of(rows).get(0);
        assertEquals((0.1 + 0.7) / 2, l.medianApe());
        assertEquals(0.39999999999999997, l.medianApe());
        assertEquals(2, l.n());
        assertEquals(0.5, l.coverage());
        assertEquals(Double.NaN, l.mase());
    }

    @Test
    void noRowsNoLines() {
        assertEquals(List.of(), BacktestMetrics.of(List.of()));
        assertNull(BacktestMetrics.find(List.of(), Method.SENDPLAN, 1, Dimension.TOTAL));
    }

    @Test
    void aGroupWithoutOutturnsAboveZeroHasNoPercentageMeasures() {
        List<Row> rows = List.of(new Row("808", Method.LAST_VALUE, 2015, 2, Dimension.PHASE, "PRIMARY", 3, Double.NaN, Double.NaN, 0));
        BacktestMetrics.Line l = BacktestMetrics.of(rows).get(0);
        assertEquals(new BacktestMetrics.Line(Method.LAST_VALUE, 2, Dimension.PHASE, 1, Double.NaN, Double.NaN, Double.NaN, 3.0, Double.NaN,
                1.0, Double.NaN), l);
        assertEquals(reference(rows), BacktestMetrics.of(rows));
    }

    // ---- the reference: BacktestMetrics.of as it was, a loop over grouped rows ----

    private static List<BacktestMetrics.Line> reference(List<Row> rows) {
        Map<String, Row> naive = new LinkedHashMap<>();
        for (Row r : rows) if (r.method() == Method.LAST_VALUE) naive.put(key(r), r);
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::method).thenComparingInt(Row::horizon).thenComparing(Row::dimension));
        for (Row r : sorted) groups.computeIfAbsent(r.method() + "|" + r.horizon() + "|" + r.dimension(), k -> new ArrayList<>()).add(r);
        List<BacktestMetrics.Line> out = new ArrayList<>();
        for (List<Row> g : groups.values()) out.add(line(g, naive));
        return out;
    }

    private static String key(Row r) {
        return r.laCode() + "|" + r.baseYear() + "|" + r.horizon() + "|" + r.dimension() + "|" + r.group();
    }

    private static BacktestMetrics.Line line(List<Row> g, Map<String, Row> naive) {
        Row f = g.get(0);
        List<Double> apes = new ArrayList<>();
        double absErr = 0, actual = 0, signed = 0, signedPct = 0, ownAbs = 0, naiveAbs = 0;
        int inBand = 0, banded = 0, pct = 0;
        for (Row r : g) {
            double e = r.error();
            absErr += Math.abs(e);
            actual += r.actual();
            signed += e;
            if (r.actual() > 0) {
                apes.add(r.ape());
                signedPct += e / r.actual();
                pct++;
            }
            Row nv = naive.get(key(r));
            if (nv != null) {
                ownAbs += Math.abs(e);
                naiveAbs += Math.abs(nv.error());
            }
            if (!Double.isNaN(r.p10())) {
                banded++;
                if (r.inBand()) inBand++;
            }
        }
        double[] a = apes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mape = a.length == 0 ? Double.NaN : Arrays.stream(a).average().orElse(Double.NaN);
        double median = a.length == 0 ? Double.NaN : a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
        return new BacktestMetrics.Line(f.method(), f.horizon(), f.dimension(), g.size(), mape, median, actual > 0 ? absErr / actual : Double.NaN,
                signed / g.size(), pct > 0 ? signedPct / pct : Double.NaN, naiveAbs > 0 ? ownAbs / naiveAbs : Double.NaN,
                banded > 0 ? (double) inBand / banded : Double.NaN);
    }
}
