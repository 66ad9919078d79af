package org.sendplan.model.rollup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Quantiles against R's type 7 (R 4.x {@code quantile(x, p)}, the default; the same as NumPy's
 * {@code numpy.quantile(x, p, method = "linear")}, which gave the same figures). By hand: sort x
 * (x0 ≤ … ≤ x(n−1), 0-based), h = (n − 1) p, and interpolate x⌊h⌋ + (h − ⌊h⌋)(x⌈h⌉ − x⌊h⌋).
 * Percentiles 2.5, 10, 50, 90 and 97.5, as the roll-ups take them.
 */
class QuantilesTest {
    static final double[] P = {2.5, 10, 50, 90, 97.5};
    static final double FP = 1e-12; // floating-point rounding of one interpolation

    static void assertQuantiles(double[] x, double[] expected) {
        Quantiles q = new Quantiles().of(x);
        for (int k = 0; k < P.length; k++) assertEquals(expected[k], q.at(P[k]), FP, "p = " + P[k]);
    }

    @Test
    void oddLength() {
        // x = 1, 2, 3, 4, 5 (n = 5), h = 4p:
        //   2.5%: h = 0.1 → 1 + 0.1 × 1 = 1.1;  10%: h = 0.4 → 1.4;  50%: h = 2 → 3;
        //   90%: h = 3.6 → 4 + 0.6 × 1 = 4.6;  97.5%: h = 3.9 → 4.9
        assertQuantiles(new double[]{1, 2, 3, 4, 5}, new double[]{1.1, 1.4, 3, 4.6, 4.9});
        // x = −2.5, 0, 4 (n = 3), h = 2p:
        //   2.5%: h = 0.05 → −2.5 + 0.05 × 2.5 = −2.375;  10%: h = 0.2 → −2.5 + 0.5 = −2;  50%: 0;
        //   90%: h = 1.8 → 0 + 0.8 × 4 = 3.2;  97.5%: h = 1.95 → 3.8
        assertQuantiles(new double[]{4, -2.5, 0}, new double[]{-2.375, -2, 0, 3.2, 3.8});
    }

    @Test
    void evenLength() {
        // x = 10, 20, 30, 40 (n = 4), h = 3p:
        //   2.5%: h = 0.075 → 10 + 0.075 × 10 = 10.75;  10%: h = 0.3 → 13;  50%: h = 1.5 → 25;
        //   90%: h = 2.7 → 30 + 0.7 × 10 = 37;  97.5%: h = 2.925 → 39.25
        assertQuantiles(new double[]{40, 10, 30, 20}, new double[]{10.75, 13, 25, 37, 39.25});
    }

    @Test
    void ties() {
        // x = 7, 1, 3, 3, 10, 2 → sorted 1, 2, 3, 3, 7, 10 (n = 6), h = 5p:
        //   2.5%: h = 0.125 → 1 + 0.125 × 1 = 1.125;  10%: h = 0.5 → 1.5;
        //   50%: h = 2.5 → 3 + 0.5 × (3 − 3) = 3;  90%: h = 4.5 → 7 + 0.5 × 3 = 8.5;  97.5%: h = 4.875 → 7 + 0.875 × 3 = 9.625
        assertQuantiles(new double[]{7, 1, 3, 3, 10, 2}, new double[]{1.125, 1.5, 3, 8.5, 9.625});
        // x = 3, 1, 2, 2, 2, 9, 4, 8 → sorted 1, 2, 2, 2, 3, 4, 8, 9 (n = 8), h = 7p:
        //   2.5%: h = 0.175 → 1.175;  10%: h = 0.7 → 1.7;  50%: h = 3.5 → 2 + 0.5 × (3 − 2) = 2.5;
        //   90%: h = 6.3 → 8 + 0.3 × 1 = 8.3;  97.5%: h = 6.825 → 8.825
        assertQuantiles(new double[]{3, 1, 2, 2, 2, 9, 4, 8}, new double[]{1.175, 1.7, 2.5, 8.3, 8.825});
        // all equal: every quantile is the value
        assertQuantiles(new double[]{5, 5, 5, 5}, new double[]{5, 5, 5, 5, 5});
    }

    @Test
    void oneValue() {
        assertQuantiles(new double[]{42}, new double[]{42, 42, 42, 42, 42});
    }

    @Test
    void meanAndTheTopPercentile() {
        Quantiles q = new Quantiles().of(new double[]{7, 1, 3, 3, 10, 2});
        assertEquals(26.0 / 6, q.mean(), FP); // (7 + 1 + 3 + 3 + 10 + 2) / 6
        assertEquals(10, q.at(100), 0);       // h = 5: the largest
    }

    @Test
    void oneInstanceTakesNewValuesAndCopiesThem() {
        double[] x = {1, 2, 3, 4, 5};
        Quantiles q = new Quantiles().of(new double[]{40, 10, 30, 20});
        assertEquals(25, q.at(50), FP);
        q.of(x);
        x[4] = 500; // changed after of(): the copy taken is unchanged
        assertEquals(3, q.at(50), FP);
        assertEquals(4.6, q.at(90), FP);
        assertEquals(3, q.mean(), FP);
    }
}
