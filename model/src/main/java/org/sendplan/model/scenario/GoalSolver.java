package org.sendplan.model.scenario;

import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

import java.util.function.DoubleUnaryOperator;

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
        double fLo = figure.applyAsDouble(lower), fHi = figure.applyAsDouble(upper);
        boolean metLo = target.met(fLo), metHi = target.met(fHi);
        if (!metLo && !metHi) return new Solution(lower, upper, Double.NaN, Double.NaN, fLo, fHi);
        double solved;
        if (metLo && metHi) {
            solved = Math.max(lower, Math.min(upper, original));
        } else {
            BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-7, 1e-9, 1e-6, 5);
            double zero;
            try {
                zero = solver.solve(200, x -> figure.applyAsDouble(x) - target.value(), lower, upper);
            } catch (MathIllegalStateException e) {
                throw new IllegalStateException("goal-seek did not converge: " + e.getMessage(), e);
            }
            solved = Math.round(zero / STEP) * STEP;
            for (int i = 0; i < 3 && !target.met(figure.applyAsDouble(solved)); i++) solved += (metLo ? -STEP : STEP);
        }
        return new Solution(lower, upper, solved, figure.applyAsDouble(solved), fLo, fHi);
    }

    /**
     * The same over whole numbers (places): bisection for the value nearest the original side
     * that meets the target, the figure monotone in the value (more places, fewer children sent
     * to independent schools).
     */
    public static Solution solveWhole(java.util.function.IntToDoubleFunction figure, int lower, int upper, int original, GoalTarget target) {
        double fLo = figure.applyAsDouble(lower), fHi = figure.applyAsDouble(upper);
        boolean metLo = target.met(fLo), metHi = target.met(fHi);
        if (!metLo && !metHi) return new Solution(lower, upper, Double.NaN, Double.NaN, fLo, fHi);
        int solved;
        if (metLo && metHi) {
            solved = Math.max(lower, Math.min(upper, original));
        } else {
            // invariant: the figure at `miss` does not meet the target, at `hit` it does
            int miss = metLo ? upper : lower, hit = metLo ? lower : upper;
            while (Math.abs(hit - miss) > 1) {
                int mid = (hit + miss) >>> 1;
                if (target.met(figure.applyAsDouble(mid))) hit = mid;
                else miss = mid;
            }
            solved = hit;
        }
        return new Solution(lower, upper, solved, figure.applyAsDouble(solved), fLo, fHi);
    }
}
