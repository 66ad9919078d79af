package org.sendplan.model.transition;

import java.util.List;

/**
 * The estimated rates for the workbook's transition-model sheet (rates only: no count of
 * children, so nothing here needs suppressing).
 *
 * @param estimation     the estimation used
 * @param config         the member of the family used
 * @param minNcy         NC year of row 0
 * @param joinerRate     joiners per head of population by NC year (weighted history)
 * @param leave          leaver probability by NC year (pooled over needs and settings, with prior)
 * @param move           mover probability among non-leavers by NC year
 * @param settings       setting codes (columns of the two matrices)
 * @param leaveBySetting leaver probability by NC year × setting (NaN where the setting takes no
 *                       child of that NC year)
 * @param moveBySetting  mover probability by NC year × setting (NaN likewise)
 * @param years          projected January census years
 * @param joinerFactor   multiplier of the joiner rates into each projected year (trend)
 * @param leaverFactor   multiplier of the leaver probabilities in each projected year (trend)
 * @param backtest       the holdout backtest (null when not run)
 */
public record TransitionReport(Estimation estimation, EstimationConfig config, int minNcy, double[] joinerRate, double[] leave,
                               double[] move, List<String> settings, double[][] leaveBySetting, double[][] moveBySetting,
                               int[] years, double[] joinerFactor, double[] leaverFactor, HoldoutBacktest backtest) {
}
