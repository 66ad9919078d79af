package org.sendplan.model.evaluation;

import org.sendplan.model.Area;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The form in which a {@link RollingBacktest.Result} is kept between runs (Java serialisation,
 * through its {@code writeReplace}): its rows as one array a field. An authority's backtest is
 * some 1,400 rows, and Java reads each record back through method handles made for it; read as
 * arrays, a batch of every authority read its kept backtests in a fraction of the time. A plain
 * class, as the kept planning data are. Enums are kept by ordinal: kept work is
 * read back only by the build that wrote it.
 */
final class KeptBacktest implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Area area;
    private final int maxHorizon;
    private final String[] laCodes;
    private final byte[] methods;
    private final int[] baseYears;
    private final int[] horizons;
    private final byte[] dimensions;
    private final String[] groups;
    /** forecast, p10, p90 and actual of each row */
    private final double[][] values;
    private final List<RollingBacktest.BaseYear> baseYearsMade;
    private final List<String> method;
    private final List<DataWarning> reconciliation;

    KeptBacktest(RollingBacktest.Result r) {
        int n = r.rows().size();
        area = r.area();
        maxHorizon = r.maxHorizon();
        laCodes = new String[n];
        methods = new byte[n];
        baseYears = new int[n];
        horizons = new int[n];
        dimensions = new byte[n];
        groups = new String[n];
        values = new double[4][n];
        for (int i = 0; i < n; i++) {
            RollingBacktest.Row row = r.rows().get(i);
            laCodes[i] = row.laCode();
            methods[i] = (byte) row.method().ordinal();
            baseYears[i] = row.baseYear();
            horizons[i] = row.horizon();
            dimensions[i] = (byte) row.dimension().ordinal();
            groups[i] = row.group();
            values[0][i] = row.forecast();
            values[1][i] = row.p10();
            values[2][i] = row.p90();
            values[3][i] = row.actual();
        }
        baseYearsMade = r.baseYears();
        method = r.method();
        reconciliation = r.reconciliation();
    }

    /** Read back: the result it was made from. */
    private Object readResolve() {
        RollingBacktest.Method[] allMethods = RollingBacktest.Method.values();
        Dimension[] allDimensions = Dimension.values();
        List<RollingBacktest.Row> rows = new ArrayList<>(laCodes.length);
        for (int i = 0; i < laCodes.length; i++) {
            rows.add(new RollingBacktest.Row(laCodes[i], allMethods[methods[i]], baseYears[i], horizons[i], allDimensions[dimensions[i]], groups[i],
                    values[0][i], values[1][i], values[2][i], values[3][i]));
        }
        return new RollingBacktest.Result(area, maxHorizon, rows, baseYearsMade, method, reconciliation);
    }
}
