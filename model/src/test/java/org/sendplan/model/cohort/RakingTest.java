package org.sendplan.model.cohort;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RakingTest {
    @Test
    void holdsTheStockExactlyAndFitsBothNeedMarginsWhenTheyAgree() {
        // 2 ages × 2 settings × 2 needs. A consistent table: x[a][s][n]
        //   age0: s0 = (30, 10), s1 = (5, 15); age1: s0 = (20, 20), s1 = (10, 30)
        double[][] stock = {{40, 20}, {40, 40}};
        double[][] byAge = {{35, 25}, {30, 50}};       // sums over settings
        double[][] bySetting = {{50, 30}, {15, 45}};   // sums over ages
        double[][][] x = Raking.rake(stock, byAge, bySetting, 200);
        for (int a = 0; a < 2; a++) for (int s = 0; s < 2; s++) assertEquals(stock[a][s], x[a][s][0] + x[a][s][1], 1e-9);
        for (int a = 0; a < 2; a++) for (int n = 0; n < 2; n++) assertEquals(byAge[a][n], x[a][0][n] + x[a][1][n], 1e-6);
        for (int s = 0; s < 2; s++) for (int n = 0; n < 2; n++) assertEquals(bySetting[s][n], x[0][s][n] + x[1][s][n], 1e-6);
    }

    @Test
    void scalesMarginsPublishedOnADifferentTotalToTheStock() {
        double[][] stock = {{10, 10}};
        double[][] byAge = {{10, 30}};          // total 40, stock total 20: need shares 25% / 75%
        double[][] bySetting = {{5, 15}, {5, 15}};
        double[][][] x = Raking.rake(stock, byAge, bySetting, 50);
        assertEquals(2.5, x[0][0][0], 1e-9);
        assertEquals(7.5, x[0][0][1], 1e-9);
        assertEquals(10, x[0][1][0] + x[0][1][1], 1e-12);
    }
}
