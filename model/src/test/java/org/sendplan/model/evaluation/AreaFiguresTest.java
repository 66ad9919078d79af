package org.sendplan.model.evaluation;

import org.sendplan.model.Area;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The national rankings' order: largest first, missing figures last, ties by code. */
class AreaFiguresTest {
    private static AreaFigures figures(String code, double growth, double special, double mape1) {
        Area a = new Area(code, "E0" + code, "LA " + code, Area.Level.LOCAL_AUTHORITY, "North East");
        return new AreaFigures(a, 2025, 100, 2035, 100 * (1 + growth), 90, 110, growth, Double.NaN, special, special, 10, mape1, 0.5, 0.8, Double.NaN);
    }

    @Test
    void rankingsPutTheLargestFirstAndMissingLast() {
        List<AreaFigures> all = new ArrayList<>(List.of(figures("805", 0.5, 0.2, 0.03), figures("390", 1.2, 0.1, Double.NaN),
                figures("808", 0.5, 0.3, 0.05), figures("841", -0.1, 0.3, 0.01)));
        all.sort(AreaFigures.BY_GROWTH);
        assertEquals(List.of("390", "805", "808", "841"), all.stream().map(f -> f.area().code()).toList());
        all.sort(AreaFigures.BY_SPECIAL_SHARE);
        assertEquals(List.of("808", "841", "805", "390"), all.stream().map(f -> f.area().code()).toList());
        all.sort(AreaFigures.BY_BACKTEST_ERROR);
        assertEquals(List.of("808", "805", "841", "390"), all.stream().map(f -> f.area().code()).toList());
    }
}
