package org.sendplan.model.scenario;

import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

/**
 * Finds a value of one lever in {@code [lower, upper]} whose figure meets a target, with a
 * bracketing Brent solver. The figure must be monotone in the lever over the range (every lever
 * goal-seek takes is: more joiners, more plans). The value is rounded to 4 decimals on the side
 * that meets the target; when every value meets it, the one nearest the original is kept (the
 * smallest change).
 */
public final class GoalSolver {
    /** The 4-decimal step a solved value is rounded to (a lever is never set more finely than that in a file). */
    public static final double STEP = 1e-4;

    /**
     * What the search found; {@code value} and {@code figure} are NaN when no value in the range
     * meets the target.
     */
    public record Solution(double lower, double upper, double value, double figure, double figureAtLower, double figureAtUpper) {
        public boolean found() {
            return !Double.isNaN(value);
        }
    }

    private GoalSolver() {
    }

    public static Solution solve(DoubleUnaryOperator figure, double lower, double upper, double original, GoalTarget target) {
        return bracket(figure, lower, upper, original, target, metAtLower -> {
            BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-7, 1e-9, 1e-6, 5);
            double zero;
            try {
                zero = solver.solve(200, x -> figure.applyAsDouble(x) - target.value(), lower, upper);
            } catch (MathIllegalStateException e) {
                throw new IllegalStateException("goal-seek did not converge: " + e.getMessage(), e);
            }
            double solved = Math.round(zero / STEP) * STEP;
            for (int i = 0; i < 3 && !target.met(figure.applyAsDouble(solved)); i++) solved += (metAtLower ? -STEP : STEP);
            return solved;
        });
    }

    /**
     * The same over whole numbers (places): bisection for the value nearest the original side
     * that meets the target, the figure monotone in the value (more places, fewer children sent
     * to independent schools).
     */
    public static Solution solveWhole(IntToDoubleFunction figure, int lower, int upper, int original, GoalTarget target) {
        return bracket(x -> figure.applyAsDouble((int) x), lower, upper, original, target, metAtLower -> {
            // invariant: the figure at `miss` does not meet the target, at `hit` it does
            int miss = metAtLower ? upper : lower, hit = metAtLower ? lower : upper;
            while (Math.abs(hit - miss) > 1) {
                int mid = (hit + miss) >>> 1;
                if (target.met(figure.applyAsDouble(mid))) hit = mid;
                else miss = mid;
            }
            return hit;
        });
    }

    /**
     * Both searches: the figure at the two ends; neither meets the target, not found; both do,
     * the original kept (the smallest change); one does, {@code crossing} finds the value between
     * them nearest the other end that still meets it.
     */
    private static Solution bracket(DoubleUnaryOperator figure, double lower, double upper, double original, GoalTarget target,
                                    Crossing crossing) {
        double fLo = figure.applyAsDouble(lower), fHi = figure.applyAsDouble(upper);
        boolean metLo = target.met(fLo), metHi = target.met(fHi);
        if (!metLo && !metHi) return new Solution(lower, upper, Double.NaN, Double.NaN, fLo, fHi);
        double solved = metLo && metHi ? Math.max(lower, Math.min(upper, original)) : crossing.find(metLo);
        return new Solution(lower, upper, solved, figure.applyAsDouble(solved), fLo, fHi);
    }

    /** Where between the ends the figure crosses the target, given which end meets it. */
    private interface Crossing {
        double find(boolean metAtLower);
    }
}
