package org.sendplan.model.evaluation;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Every area's {@link AreaFigures} stacked in one Tablesaw table, one row per area in the order
 * given (the batch's published order), and that table ranked by a figure for the national
 * comparison. The column names are the constants below; numbers are the figures as they are
 * (NaN where there is none), counts and years integer columns.
 */
public final class AreaFiguresTable {
    public static final String CODE = "code", NEW_CODE = "new code", NAME = "name", REGION = "region";
    public static final String BASE_YEAR = "base year", BASE_PLANS = "base plans", LAST_YEAR = "last year", PROJECTED = "projected",
            P10 = "p10", P90 = "p90", GROWTH = "growth", ANNUAL_GROWTH = "annual growth", SPECIAL_SHARE_BASE = "special share base",
            SPECIAL_SHARE_LAST = "special share last", BACKTEST_CASES_1 = "backtest cases 1", MAPE_1 = "mape 1", REL_MAE_1 = "rel_mae 1",
            COVERAGE_1 = "coverage 1", MAPE_5 = "mape 5";

    /** The national rankings: each by one figure, largest first. */
    public enum Ranking {
        /** Fastest projected growth first. */
        GROWTH(AreaFiguresTable.GROWTH),
        /** Highest base-year special school share first. */
        SPECIAL_SHARE(SPECIAL_SHARE_BASE),
        /** Largest one-year-ahead backtest MAPE first (where the method has been least accurate); areas without a backtest last. */
        BACKTEST_ERROR(MAPE_1);

        private final String column;

        Ranking(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    /** Sort key: 1 where the ranked figure is missing, so that those areas come last whatever the direction. */
    private static final String MISSING = "missing";

    private AreaFiguresTable() {
    }

    /** The areas' figures, one row each, in the order given. */
    public static Table of(List<AreaFigures> figures) {
        return Table.create("area figures",
                StringColumn.create(CODE, texts(figures, f -> f.area().code())),
                StringColumn.create(NEW_CODE, texts(figures, f -> f.area().newCode())),
                StringColumn.create(NAME, texts(figures, f -> f.area().name())),
                StringColumn.create(REGION, texts(figures, f -> f.area().region())),
                ints(BASE_YEAR, figures, AreaFigures::baseYear),
                doubles(BASE_PLANS, figures, AreaFigures::basePlans),
                ints(LAST_YEAR, figures, AreaFigures::lastYear),
                doubles(PROJECTED, figures, AreaFigures::projected),
                doubles(P10, figures, AreaFigures::p10),
                doubles(P90, figures, AreaFigures::p90),
                doubles(GROWTH, figures, AreaFigures::growth),
                doubles(ANNUAL_GROWTH, figures, AreaFigures::annualGrowth),
                doubles(SPECIAL_SHARE_BASE, figures, AreaFigures::specialShareBase),
                doubles(SPECIAL_SHARE_LAST, figures, AreaFigures::specialShareLast),
                ints(BACKTEST_CASES_1, figures, AreaFigures::backtestCases1),
                doubles(MAPE_1, figures, AreaFigures::mape1),
                doubles(REL_MAE_1, figures, AreaFigures::relMae1),
                doubles(COVERAGE_1, figures, AreaFigures::coverage1),
                doubles(MAPE_5, figures, AreaFigures::mape5));
    }

    /**
     * A copy of {@code stacked} ranked by the figure: largest first, areas without it last, ties
     * by area code. Tablesaw sorts a double column with {@link Double#compare}, which puts NaN
     * above every number (so first when descending): a 0/1 column for "missing" goes first in the
     * sort key.
     */
    public static Table ranked(Table stacked, Ranking ranking) {
        NumericColumn<?> figure = stacked.numberColumn(ranking.column());
        IntColumn missing = IntColumn.create(MISSING, stacked.rowCount());
        for (int i = 0; i < stacked.rowCount(); i++) missing.set(i, figure.isMissing(i) ? 1 : 0);
        Table sorted = stacked.copy().addColumns(missing).sortOn(MISSING, "-" + ranking.column(), CODE);
        return sorted.removeColumns(MISSING);
    }

    /** Text cells; a missing text (null) is Tablesaw's missing string, empty, as the workbook writes it. */
    private static Stream<String> texts(List<AreaFigures> figures, Function<AreaFigures, String> value) {
        return figures.stream().map(f -> Objects.requireNonNullElse(value.apply(f), ""));
    }

    private static DoubleColumn doubles(String name, List<AreaFigures> figures, ToDoubleFunction<AreaFigures> value) {
        return DoubleColumn.create(name, figures.stream().mapToDouble(value));
    }

    private static IntColumn ints(String name, List<AreaFigures> figures, ToIntFunction<AreaFigures> value) {
        return IntColumn.create(name, figures.stream().mapToInt(value));
    }
}
