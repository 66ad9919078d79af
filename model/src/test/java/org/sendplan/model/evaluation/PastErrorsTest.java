package org.sendplan.model.evaluation;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Dimension;
import org.sendplan.model.rollup.Quantiles;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PastErrorsTest {
    @Test
    void errorsAreOrderedByValueWithTiesInTheOrderGiven() {
        // by hand: -0.0 before 0.0 (Double.compare), the two 0.5s and the two 0.0s in the order given
        double[] hand = {0.5, 0.0, -0.3, 0.5, -0.0, 0.0};
        assertArrayEquals(new int[]{2, 4, 1, 5, 0, 3}, PastErrors.Sample.ascending(hand));
        // against the JDK's stable sort of boxed indices, on values with many ties
        Random r = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            double[] v = new double[1 + r.nextInt(3000)];
            for (int i = 0; i < v.length; i++) v[i] = r.nextInt(40) / 8.0 - 2;
            Integer[] boxed = new Integer[v.length];
            for (int i = 0; i < v.length; i++) boxed[i] = i;
            Arrays.sort(boxed, (x, y) -> Double.compare(v[x], v[y]));
            assertArrayEquals(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), PastErrors.Sample.ascending(v));
        }
    }

    @Test
    void equalWeightsGiveTypeSevenAndRecencyPullsTowardTheLatestErrors() {
        PastErrors e = new PastErrors();
        // one-year errors 0.00, 0.01, …, 0.19 for outturns 2001–2020: the latest forecasts erred most
        double[] v = new double[20];
        for (int i = 0; i < 20; i++) {
            v[i] = 0.01 * i;
            e.add(Dimension.TOTAL, "ALL", 1, 2001 + i, v[i]);
        }
        PastErrors.Sample alike = e.sample(Dimension.TOTAL, "ALL", 1, 2020, 1);
        for (double u : new double[]{0.1, 0.25, 0.5, 0.9}) assertEquals(Quantiles.typeSeven(20, u, k -> v[k]), alike.quantile(u), 1e-12);
        // weights 0.5^(2020 − outturn): the median lies among the last few errors, far above the unweighted 0.095
        PastErrors.Sample recent = e.sample(Dimension.TOTAL, "ALL", 1, 2020, 0.5);
        assertEquals(0.095, alike.quantile(0.5), 1e-12);
        double m = recent.quantile(0.5);
        assertEquals(true, m > 0.17 && m < 0.19, "recency-weighted median " + m);
        // known at 2019, nineteen errors: fewer than the minimum
        assertNull(e.sample(Dimension.TOTAL, "ALL", 1, 2019, 1));
        // two years ahead pools the one-year errors scaled by 2
        assertEquals(2 * alike.quantile(0.9), e.sample(Dimension.TOTAL, "ALL", 2, 2020, 1).quantile(0.9), 1e-12);
    }
}
