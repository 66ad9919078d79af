package org.sendplan.model.cohort;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * The standard normal draws of a cohort projection, drawn in the order a simulation uses them:
 * simulation by simulation, its growth-rate error first, then for each year ahead the shock to new
 * plans and the shock to continuation. Drawing them first lets the projection advance every
 * simulation together while each one keeps the same numbers for the same seed.
 *
 * @param growthError  one per simulation
 * @param joiner       [year ahead][simulation] (row 0, the base year, unused)
 * @param continuation [year ahead][simulation] (row 0 unused)
 */
record Shocks(double[] growthError, double[][] joiner, double[][] continuation) {

    static Shocks draw(RandomGenerator rng, int horizon, int simulations) {
        double[] growth = new double[simulations];
        double[][] joiner = new double[horizon + 1][simulations], continuation = new double[horizon + 1][simulations];
        for (int k = 0; k < simulations; k++) {
            growth[k] = rng.nextGaussian();
            for (int h = 1; h <= horizon; h++) {
                joiner[h][k] = rng.nextGaussian();
                continuation[h][k] = rng.nextGaussian();
            }
        }
        return new Shocks(growth, joiner, continuation);
    }
}
