package org.sendplan.model.evaluation;

import org.sendplan.model.Dimension;
import tech.tablesaw.aggregate.NumericAggregateFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;
import static tech.tablesaw.table.TableSliceGroup.aggregateColumnName;

/**
 * Accuracy of backtest rows per method × horizon × dimension: MAPE, median APE, WAPE, bias
 * (mean signed error, plans, and mean signed percentage error), MASE (the method's mean
 * absolute error over the last-value forecast's on the same cases) and, for sendplan, the share
 * of outturns inside p10–p90. Rows whose actual is 0 are left out of the percentage measures.
 *
 * <p>The rows become a long Tablesaw table, one row per case, whose per-case columns are the
 * terms of the measures; a measure that leaves a case out (no outturn to divide by, no
 * last-value case to pair with, no band) holds a missing value (NaN) there. The table is then
 * summarised by method, horizon and dimension: sums and counts of those columns, and the mean and
 * median of the APEs. Tablesaw skips missing values, so each sum and count runs over exactly the
 * cases the measure counts, in row order. Forecasts and outturns are never NaN (a case without an
 * outturn is not a backtest row), so the error columns miss nothing.
 */
public final class BacktestMetrics {
    public record Line(RollingBacktest.Method method, int horizon, Dimension dimension, int n, double mape, double medianApe, double wape,
                       double bias, double biasPct, double mase, double coverage) {
    }

    // the cases table: the group keys (enum ordinals, so that sorting on them is the enums' order) and the measures' terms
    private static final String METHOD = "method", HORIZON = "horizon", DIMENSION = "dimension";
    private static final String ERROR = "error", ABS_ERROR = "abs error", ACTUAL = "actual", APE = "ape", SIGNED_PCT = "signed pct",
            OWN_ABS = "abs error (paired)", NAIVE_ABS = "last value abs error (paired)", IN_BAND = "in band";

    /**
     * The mean of the APEs as it has always been computed: over the values sorted, with
     * {@link java.util.stream.DoubleStream#average()} (compensated summation). Tablesaw's own
     * {@code mean} is Commons Math's two-pass corrected mean, which can differ in the last bit
     * (0.03, 0.2, 0.93: 0.3866666666666667 here, 0.38666666666666666 there).
     */
    private static final NumericAggregateFunction MEAN_SORTED = new NumericAggregateFunction("Mean") {
        @Override
        public Double summarize(NumericColumn<?> column) {
            double[] a = sorted(column);
            return a.length == 0 ? Double.NaN : Arrays.stream(a).average().orElse(Double.NaN);
        }
    };

    /**
     * The median as the middle value, or the mean of the two middle values. Tablesaw's own
     * {@code median} is Commons Math's {@code Percentile} at 50, which for an even count
     * interpolates as {@code lo + 0.5 * (hi - lo)}: the same point, but not always the same double
     * as {@code (lo + hi) / 2} (0.1 and 0.7: 0.39999999999999997 here, 0.4 there), so it would move
     * published medians in the last digit.
     */
    private static final NumericAggregateFunction MEDIAN_MIDPOINT = new NumericAggregateFunction("Median") {
        @Override
        public Double summarize(NumericColumn<?> column) {
            double[] a = sorted(column);
            if (a.length == 0) return Double.NaN;
            return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
        }
    };

    private BacktestMetrics() {
    }

    public static List<Line> of(List<RollingBacktest.Row> rows) {
        if (rows.isEmpty()) return List.of();
        Table cases = cases(rows);
        Table lines = cases.summarize(List.of(ERROR, ABS_ERROR, ACTUAL, SIGNED_PCT, OWN_ABS, NAIVE_ABS, IN_BAND), sum, count)
                .by(METHOD, HORIZON, DIMENSION);
        // a second pass for the APEs' mean and median (Summarizer applies every function to every column);
        // the same table split on the same keys gives the same groups in the same (first seen) order
        Table apes = cases.summarize(APE, MEAN_SORTED, MEDIAN_MIDPOINT).by(METHOD, HORIZON, DIMENSION);
        lines.addColumns(apes.doubleColumn(aggregateColumnName(APE, MEAN_SORTED.functionName())),
                apes.doubleColumn(aggregateColumnName(APE, MEDIAN_MIDPOINT.functionName())));
        lines = lines.sortAscendingOn(METHOD, HORIZON, DIMENSION);

        RollingBacktest.Method[] methods = RollingBacktest.Method.values();
        Dimension[] dimensions = Dimension.values();
        List<Line> out = new ArrayList<>(lines.rowCount());
        for (int i = 0; i < lines.rowCount(); i++) {
            int n = countOf(lines, ERROR, i), pct = countOf(lines, SIGNED_PCT, i), banded = countOf(lines, IN_BAND, i);
            double absErr = sumOf(lines, ABS_ERROR, i), actual = sumOf(lines, ACTUAL, i), naiveAbs = sumOf(lines, NAIVE_ABS, i);
            out.add(new Line(methods[lines.intColumn(METHOD).getInt(i)], lines.intColumn(HORIZON).getInt(i),
                    dimensions[lines.intColumn(DIMENSION).getInt(i)], n,
                    lines.doubleColumn(aggregateColumnName(APE, MEAN_SORTED.functionName())).getDouble(i),
                    lines.doubleColumn(aggregateColumnName(APE, MEDIAN_MIDPOINT.functionName())).getDouble(i),
                    actual > 0 ? absErr / actual : Double.NaN,
                    sumOf(lines, ERROR, i) / n,
                    pct > 0 ? sumOf(lines, SIGNED_PCT, i) / pct : Double.NaN,
                    naiveAbs > 0 ? sumOf(lines, OWN_ABS, i) / naiveAbs : Double.NaN,
                    banded > 0 ? sumOf(lines, IN_BAND, i) / banded : Double.NaN));
        }
        return out;
    }

    /** The line of one method, horizon and dimension (null if none). */
    public static Line find(List<Line> lines, RollingBacktest.Method m, int horizon, Dimension d) {
        for (Line l : lines) if (l.method() == m && l.horizon() == horizon && l.dimension() == d) return l;
        return null;
    }

    /**
     * One row per backtest row. Each case is paired with the last-value forecast of the same area,
     * base year, horizon and group (the MASE's denominator) by a keyed look-up as the columns are
     * filled; where several last-value rows share a key, the last one counts.
     */
    private static Table cases(List<RollingBacktest.Row> rows) {
        Map<String, RollingBacktest.Row> naive = new HashMap<>();
        for (RollingBacktest.Row r : rows) if (r.method() == RollingBacktest.Method.LAST_VALUE) naive.put(key(r), r);
        int size = rows.size();
        int[] method = new int[size], horizon = new int[size], dimension = new int[size];
        double[] error = new double[size], absError = new double[size], actual = new double[size], ape = new double[size],
                signedPct = new double[size], ownAbs = new double[size], naiveAbs = new double[size], inBand = new double[size];
        for (int i = 0; i < size; i++) {
            RollingBacktest.Row r = rows.get(i);
            double e = r.error();
            method[i] = r.method().ordinal();
            horizon[i] = r.horizon();
            dimension[i] = r.dimension().ordinal();
            error[i] = e;
            absError[i] = Math.abs(e);
            actual[i] = r.actual();
            ape[i] = r.actual() > 0 ? r.ape() : Double.NaN;
            signedPct[i] = r.actual() > 0 ? e / r.actual() : Double.NaN;
            RollingBacktest.Row nv = naive.get(key(r));
            ownAbs[i] = nv != null ? Math.abs(e) : Double.NaN;
            naiveAbs[i] = nv != null ? Math.abs(nv.error()) : Double.NaN;
            inBand[i] = Double.isNaN(r.p10()) ? Double.NaN : r.inBand() ? 1 : 0;
        }
        return Table.create("backtest cases", IntColumn.create(METHOD, method), IntColumn.create(HORIZON, horizon),
                IntColumn.create(DIMENSION, dimension), DoubleColumn.create(ERROR, error), DoubleColumn.create(ABS_ERROR, absError),
                DoubleColumn.create(ACTUAL, actual), DoubleColumn.create(APE, ape), DoubleColumn.create(SIGNED_PCT, signedPct),
                DoubleColumn.create(OWN_ABS, ownAbs), DoubleColumn.create(NAIVE_ABS, naiveAbs), DoubleColumn.create(IN_BAND, inBand));
    }

    private static String key(RollingBacktest.Row r) {
        return r.laCode() + "|" + r.baseYear() + "|" + r.horizon() + "|" + r.dimension() + "|" + r.group();
    }

    private static double[] sorted(NumericColumn<?> column) {
        double[] a = ((NumericColumn<?>) column.removeMissing()).asDoubleArray();
        Arrays.sort(a);
        return a;
    }

    private static double sumOf(Table lines, String column, int row) {
        return lines.doubleColumn(aggregateColumnName(column, sum.functionName())).getDouble(row);
    }

    /** Tablesaw's count comes back as a double column. */
    private static int countOf(Table lines, String column, int row) {
        return (int) lines.doubleColumn(aggregateColumnName(column, count.functionName())).getDouble(row);
    }
}
