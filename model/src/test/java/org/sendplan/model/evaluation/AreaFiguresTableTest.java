package org.sendplan.model.evaluation;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Area;
import org.sendplan.model.evaluation.AreaFiguresTable.Ranking;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The stacked figures and the national rankings' order: largest first, missing figures last, ties by code. */
class AreaFiguresTableTest {
    private static AreaFigures figures(String code, double growth, double special, double mape1) {
        Area a = new Area(code, "E0" + code, "LA " + code, Area.Level.LOCAL_AUTHORITY, "North East");
        return new AreaFigures(a, 2025, 100, 2035, 100 * (1 + growth), 90, 110, growth, Double.NaN, special, special, 10, mape1, 0.5, 0.8, Double.NaN);
    }

    private static List<String> codes(Table t) {
        return t.stringColumn(AreaFiguresTable.CODE).asList();
    }

    @Test
    void rankingsPutTheLargestFirstAndMissingLast() {
        Table all = AreaFiguresTable.of(List.of(figures("805", 0.5, 0.2, 0.03), figures("390", 1.2, 0.1, Double.NaN),
                figures("808", 0.5, 0.3, 0.05), figures("841", -0.1, 0.3, 0.01)));
        assertEquals(List.of("805", "390", "808", "841"), codes(all));
        assertEquals(List.of("390", "805", "808", "841"), codes(AreaFiguresTable.ranked(all, Ranking.GROWTH)));
        assertEquals(List.of("808", "841", "805", "390"), codes(AreaFiguresTable.ranked(all, Ranking.SPECIAL_SHARE)));
        assertEquals(List.of("808", "805", "841", "390"), codes(AreaFiguresTable.ranked(all, Ranking.BACKTEST_ERROR)));
        // the stacked table itself is left in the order given, without the sort key
        assertEquals(List.of("805", "390", "808", "841"), codes(all));
        assertEquals(all.columnNames(), AreaFiguresTable.ranked(all, Ranking.GROWTH).columnNames());
    }

    @Test
    void aRankedRowCarriesItsOwnFigures() {
        Table ranked = AreaFiguresTable.ranked(AreaFiguresTable.of(List.of(figures("805", 0.5, 0.2, 0.03), figures("390", 1.2, 0.1, Double.NaN))),
                Ranking.BACKTEST_ERROR);
        assertEquals(List.of("805", "390"), codes(ranked));
        assertEquals(List.of("E0805", "E0390"), ranked.stringColumn(AreaFiguresTable.NEW_CODE).asList());
        assertEquals(0.03, ranked.doubleColumn(AreaFiguresTable.MAPE_1).getDouble(0));
        assertEquals(Double.NaN, ranked.doubleColumn(AreaFiguresTable.MAPE_1).getDouble(1));
        assertEquals(220.0, ranked.doubleColumn(AreaFiguresTable.PROJECTED).getDouble(1), 1e-9);
        assertEquals(2025, ranked.intColumn(AreaFiguresTable.BASE_YEAR).getInt(1));
        assertEquals(10, ranked.intColumn(AreaFiguresTable.BACKTEST_CASES_1).getInt(1));
    }

    /** The order the national workbook had before the table: a comparator, largest first, NaN last, ties by code. */
    private static Comparator<AreaFigures> descending(ToDoubleFunction<AreaFigures> key) {
        return (a, b) -> {
            double x = key.applyAsDouble(a), y = key.applyAsDouble(b);
            boolean nx = Double.isNaN(x), ny = Double.isNaN(y);
            if (nx != ny) return nx ? 1 : -1;
            int c = nx ? 0 : Double.compare(y, x);
            return c != 0 ? c : a.area().code().compareTo(b.area().code());
        };
    }

    @Test
    void rankingsMatchTheComparatorOrderWithTiesAndGaps() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            List<AreaFigures> all = new ArrayList<>();
            int n = 1 + rnd.nextInt(160);
            for (int i = 0; i < n; i++) {
                // few distinct values, so that ties are common; some missing
                double g = rnd.nextInt(8) == 0 ? Double.NaN : rnd.nextInt(6) / 4.0 - 0.5;
                double s = rnd.nextInt(8) == 0 ? Double.NaN : rnd.nextInt(5) / 10.0;
                double m = rnd.nextInt(4) == 0 ? Double.NaN : rnd.nextInt(5) / 100.0;
                all.add(figures(String.valueOf(100 + rnd.nextInt(900)) + "-" + i, g, s, m));
            }
            Table stacked = AreaFiguresTable.of(all);
            check(all, stacked, Ranking.GROWTH, descending(AreaFigures::growth));
            check(all, stacked, Ranking.SPECIAL_SHARE, descending(AreaFigures::specialShareBase));
            check(all, stacked, Ranking.BACKTEST_ERROR, descending(AreaFigures::mape1));
        }
    }

    private static void check(List<AreaFigures> all, Table stacked, Ranking r, Comparator<AreaFigures> order) {
        List<AreaFigures> sorted = new ArrayList<>(all);
        sorted.sort(order);
        assertEquals(sorted.stream().map(f -> f.area().code()).toList(), codes(AreaFiguresTable.ranked(stacked, r)), r.name());
    }
}
