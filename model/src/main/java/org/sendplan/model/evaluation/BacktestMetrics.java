package org.sendplan.model.evaluation;

import org.sendplan.model.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accuracy of backtest rows per method × horizon × dimension: MAPE, median APE, WAPE, bias
 * (mean signed error, plans, and mean signed percentage error), relative MAE vs last value (the
 * method's mean absolute error over the last-value forecast's on the same cases; not Hyndman's
 * MASE, which scales by an in-sample naive error) and, for sendplan, the share of outturns inside
 * p10–p90. Rows whose actual is 0 are left out of the percentage measures.
 */
public final class BacktestMetrics {
    public record Line(RollingBacktest.Method method, int horizon, Dimension dimension, int n, double mape, double medianApe, double wape,
                       double bias, double biasPct, double relMae, double coverage) {
    }

    private BacktestMetrics() {
    }

    public static List<Line> of(List<RollingBacktest.Row> rows) {
        Map<String, RollingBacktest.Row> naive = new LinkedHashMap<>();
        for (RollingBacktest.Row r : rows) if (r.method() == RollingBacktest.Method.LAST_VALUE) naive.put(key(r), r);
        Map<String, List<RollingBacktest.Row>> groups = new LinkedHashMap<>();
        List<RollingBacktest.Row> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing(RollingBacktest.Row::method).thenComparingInt(RollingBacktest.Row::horizon).thenComparing(RollingBacktest.Row::dimension));
        for (RollingBacktest.Row r : sorted) groups.computeIfAbsent(r.method() + "|" + r.horizon() + "|" + r.dimension(), k -> new ArrayList<>()).add(r);
        List<Line> out = new ArrayList<>();
        for (List<RollingBacktest.Row> g : groups.values()) out.add(line(g, naive));
        return out;
    }

    /** The line of one method, horizon and dimension (null if none). */
    public static Line find(List<Line> lines, RollingBacktest.Method m, int horizon, Dimension d) {
        for (Line l : lines) if (l.method() == m && l.horizon() == horizon && l.dimension() == d) return l;
        return null;
    }

    private static String key(RollingBacktest.Row r) {
        return r.laCode() + "|" + r.baseYear() + "|" + r.horizon() + "|" + r.dimension() + "|" + r.group();
    }

    private static Line line(List<RollingBacktest.Row> g, Map<String, RollingBacktest.Row> naive) {
        RollingBacktest.Row f = g.get(0);
        List<Double> apes = new ArrayList<>();
        double absErr = 0, actual = 0, signed = 0, signedPct = 0, ownAbs = 0, naiveAbs = 0;
        int inBand = 0, banded = 0, pct = 0;
        for (RollingBacktest.Row r : g) {
            double e = r.error();
            absErr += Math.abs(e);
            actual += r.actual();
            signed += e;
            if (r.actual() > 0) {
                apes.add(r.ape());
                signedPct += e / r.actual();
                pct++;
            }
            RollingBacktest.Row nv = naive.get(key(r));
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
        return new Line(f.method(), f.horizon(), f.dimension(), g.size(), mape, median, actual > 0 ? absErr / actual : Double.NaN,
                signed / g.size(), pct > 0 ? signedPct / pct : Double.NaN, naiveAbs > 0 ? ownAbs / naiveAbs : Double.NaN,
                banded > 0 ? (double) inBand / banded : Double.NaN);
    }
}
