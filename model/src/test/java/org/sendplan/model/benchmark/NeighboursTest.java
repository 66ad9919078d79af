package org.sendplan.model.benchmark;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Area;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The neighbour rule on a hand-made set of five authorities, its distances worked out by hand. */
class NeighboursTest {
    /** Every authority at 100 plans per 1,000 pupils: that measure then adds no distance (its SD is 0). */
    private static BenchmarkFigures la(String code, double plans, double growth5, double special) {
        return la(code, plans, growth5, special, 10 * plans);
    }

    private static BenchmarkFigures la(String code, double plans, double growth5, double special, double pupils) {
        return new BenchmarkFigures(new Area(code, "E0" + code, "LA " + code, Area.Level.LOCAL_AUTHORITY, "R"), 2025, plans, Double.NaN,
                Double.NaN, growth5, special, Double.NaN, Double.NaN, pupils, 2023, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /*
     * Log plans are 0, 1, 2, 3 (plans e^k), special share 0.1, 0.2, 0.3, 0.4, growth 0.5 for all but the
     * last (0.9). Log plans and special share each have mean 1.5 / 0.25 and sample SD sqrt(5/3) / 0.1·sqrt(5/3), so both z-score to
     * (k − 1.5)/sqrt(5/3); growth z-scores to −0.5, −0.5, −0.5, 1.5 (mean 0.6, SD 0.2).
     * From A (k = 0): B is 1/sqrt(5/3) in two measures → sqrt(2·0.6) = 1.0954; C sqrt(2·2.4) = 2.1909;
     * D sqrt(2·5.4 + 4) = 3.8471. E lacks its special share: neither a candidate nor scored.
     */
    private static final List<BenchmarkFigures> SET = List.of(
            la("400", Math.exp(3), 0.9, 0.4),
            la("100", Math.exp(0), 0.5, 0.1),
            la("300", Math.exp(2), 0.5, 0.3),
            la("200", Math.exp(1), 0.5, 0.2),
            la("500", 50, 0.5, Double.NaN));

    @Test
    void nearestFirstWithHandWorkedDistances() {
        Neighbours rule = Neighbours.among(SET);
        assertEquals(4, rule.candidates().size(), "the authority without a special share is no candidate");
        List<Neighbours.Neighbour> near = rule.nearest(SET.get(1).area(), 10);
        assertEquals(List.of("200", "300", "400"), near.stream().map(n -> n.figures().area().code()).toList());
        assertEquals(Math.sqrt(1.2), near.get(0).distance(), 1e-9);
        assertEquals(Math.sqrt(4.8), near.get(1).distance(), 1e-9);
        assertEquals(Math.sqrt(10.8 + 4), near.get(2).distance(), 1e-9);
        assertEquals(2, rule.nearest(SET.get(1).area(), 2).size(), "k caps the list");
    }

    @Test
    void tiesAreBrokenByCodeAndNoAuthorityIsItsOwnNeighbour() {
        // 200 and 400 are the same distance from 300 on every measure but growth; with growth equal too they tie exactly
        List<BenchmarkFigures> set = List.of(la("400", Math.exp(3), 0.5, 0.4), la("300", Math.exp(2), 0.5, 0.3), la("200", Math.exp(1), 0.5, 0.2));
        List<Neighbours.Neighbour> near = Neighbours.among(set).nearest(set.get(1).area(), 10);
        assertEquals(List.of("200", "400"), near.stream().map(n -> n.figures().area().code()).toList());
        assertEquals(near.get(0).distance(), near.get(1).distance(), 1e-12);
    }

    @Test
    void anAuthorityLackingAMeasureHasNoNeighbours() {
        assertTrue(Neighbours.among(SET).nearest(SET.get(4).area(), 10).isEmpty());
    }

    /*
     * Same plans, growth and special share; plans per 1,000 pupils 50, 100, 150 (pupils 20,000, 10,000,
     * 6,666.67 for 1,000 plans): mean 100, SD 50, z −1, 0, 1. From 100 per 1,000 both others are 1 away,
     * the tie broken by code; from 50, 150 is 2 away. The fourth has no pupils: no candidate.
     */
    @Test
    void plansPerThousandPupilsIsAMeasureZScoredLikeTheOthers() {
        List<BenchmarkFigures> set = List.of(la("100", 1000, 0.5, 0.3, 20_000), la("200", 1000, 0.5, 0.3, 10_000),
                la("300", 1000, 0.5, 0.3, 1000 / 0.15), la("400", 1000, 0.5, 0.3, Double.NaN));
        Neighbours rule = Neighbours.among(set);
        assertEquals(3, rule.candidates().size(), "an authority without pupils is no candidate");
        List<Neighbours.Neighbour> near = rule.nearest(set.get(1).area(), 10);
        assertEquals(List.of("100", "300"), near.stream().map(n -> n.figures().area().code()).toList());
        assertEquals(1, near.get(0).distance(), 1e-9);
        assertEquals(1, near.get(1).distance(), 1e-9);
        assertEquals(2, rule.nearest(set.get(0).area(), 10).get(1).distance(), 1e-9);
        assertTrue(rule.nearest(set.get(3).area(), 10).isEmpty());
    }
}
