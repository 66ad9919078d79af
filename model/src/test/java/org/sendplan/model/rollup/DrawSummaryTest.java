package org.sendplan.model.rollup;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Dimension;
import org.sendplan.model.Phase;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DrawSummaryTest {
    @Test
    void theTotalsMeanAloneIsTheOneItsRowGivesToTheLastBit() {
        // three simulations, two years: 0.1 + 0.2 in one provision and phase, 0.3 in another.
        // Year 1's totals 0.6000000000000001, 1.6, 2.6: mean 1.6 (as floating point adds them).
        PlacementDraws hand = new PlacementDraws(2025, 2, 3);
        for (int k = 0; k < 3; k++) {
            hand.add(1, Provision.MAINSTREAM, Phase.PRIMARY, k, 0.1 + k);
            hand.add(1, Provision.MAINSTREAM, Phase.PRIMARY, k, 0.2);
            hand.add(1, Provision.SPECIAL_STATE, Phase.SECONDARY, k, 0.3);
        }
        assertEquals(1.6, DrawSummary.totalMean(hand, 1), 1e-12);
        assertEquals(row(hand, 2026).mean(), DrawSummary.totalMean(hand, 1), 0.0);

        // and on draws of every provision and phase whose sums round differently in every order
        Random r = new Random(7);
        PlacementDraws many = new PlacementDraws(2025, 3, 1000);
        for (int h = 0; h < 3; h++) for (Provision p : Provision.values()) for (Phase ph : Phase.values()) for (int k = 0; k < 1000; k++) {
            many.add(h, p, ph, k, r.nextDouble() * 1000 / 3);
        }
        for (int h = 0; h < 3; h++) assertEquals(row(many, 2025 + h).mean(), DrawSummary.totalMean(many, h), 0.0);
    }

    private static SummaryRow row(PlacementDraws d, int year) {
        return DrawSummary.rows(d).stream().filter(x -> x.year() == year && x.dimension() == Dimension.TOTAL).findFirst().orElseThrow();
    }
}
