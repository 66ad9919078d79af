package org.sendplan.model.scenario;

import org.junit.jupiter.api.Test;

import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bracketing search on known monotone figures: rising f(x) = 1000 x + 2000 and falling
 * g(x) = 5000 − 1000 x, lever range [0, 2] (f: 2,000 … 4,000; g: 5,000 … 3,000). A figure
 * changes by 0.1 per 4-decimal step of the lever.
 */
class GoalSolverTest {
    static final DoubleUnaryOperator RISING = x -> 1000 * x + 2000;
    static final DoubleUnaryOperator FALLING = x -> 5000 - 1000 * x;
    /** A solved value is k × 1e-4 (± 1e-4) in floating point: exact to about 1e-15. */
    static final double FP = 1e-12;

    static GoalSolver.Solution solve(DoubleUnaryOperator f, String target, double original) {
        return GoalSolver.solve(f, 0, 2, original, GoalTarget.parse(target));
    }

    @Test
    void metAtNeitherEndIsNotFound() {
        GoalSolver.Solution s = solve(RISING, "total >= 5000 by 2030", 1);
        assertFalse(s.found());
        assertTrue(Double.isNaN(s.value()));
        assertTrue(Double.isNaN(s.figure()));
        assertEquals(2000, s.figureAtLower(), 0);
        assertEquals(4000, s.figureAtUpper(), 0);
        assertFalse(solve(RISING, "total <= 1999 by 2030", 1).found());
    }

    @Test
    void metAtBothEndsKeepsTheOriginalClampedToTheRange() {
        assertEquals(1.5, solve(RISING, "total >= 1000 by 2030", 1.5).value(), 0);
        assertEquals(3500, solve(RISING, "total >= 1000 by 2030", 1.5).figure(), 0);
        assertEquals(2, solve(RISING, "total >= 1000 by 2030", 3).value(), 0);
        assertEquals(0, solve(RISING, "total >= 1000 by 2030", -1).value(), 0);
    }

    @Test
    void inBetweenTheValueIsRoundedToFourDecimalsOnTheSideThatMeetsTheTarget() {
        // f ≥ 3141.52: the root 1.14152 rounds to 1.1415 (f = 3141.5, short), so one step up: 1.1416 (3141.6).
        GoalSolver.Solution s = solve(RISING, "total >= 3141.52 by 2030", 1);
        assertTrue(s.found());
        assertEquals(1.1416, s.value(), FP);
        assertEquals(3141.6, s.figure(), 1e-9);
        // f ≥ 3141.58: the root 1.14158 rounds to 1.1416, which meets it.
        assertEquals(1.1416, solve(RISING, "total >= 3141.58 by 2030", 1).value(), FP);
        // f ≤ 3141.58: 1.1416 gives 3141.6, over; one step down: 1.1415 (3141.5).
        assertEquals(1.1415, solve(RISING, "total <= 3141.58 by 2030", 1).value(), FP);
        // f ≤ 3141.52: 1.1415 meets it as rounded.
        assertEquals(1.1415, solve(RISING, "total <= 3141.52 by 2030", 1).value(), FP);
        // in each case the figure meets the target and the next 4-decimal value towards the root does not
        GoalTarget t = GoalTarget.parse("total >= 3141.52 by 2030");
        assertTrue(t.met(RISING.applyAsDouble(1.1416)));
        assertFalse(t.met(RISING.applyAsDouble(1.1415)));
        // the bracket's ends are reported
        assertEquals(2000, s.figureAtLower(), 0);
        assertEquals(4000, s.figureAtUpper(), 0);
    }

    @Test
    void aFallingFigureRoundsTheOtherWay() {
        // g ≥ 3858.42 (met at the lower end): root 1.14158 rounds to 1.1416 (g = 3858.4, short), one step down: 1.1415 (3858.5).
        GoalSolver.Solution s = solve(FALLING, "total >= 3858.42 by 2030", 1);
        assertEquals(1.1415, s.value(), FP);
        assertEquals(3858.5, s.figure(), 1e-9);
        // g ≥ 3858.48: root 1.14152 rounds to 1.1415, which meets it.
        assertEquals(1.1415, solve(FALLING, "total >= 3858.48 by 2030", 1).value(), FP);
        // g ≤ 3858.48 (met at the upper end): 1.1415 gives 3858.5, over; one step up: 1.1416 (3858.4).
        assertEquals(1.1416, solve(FALLING, "total <= 3858.48 by 2030", 1).value(), FP);
    }
    /**
     * Whole places: independent placements 1000 − 3n with n places added; at most 700 needs
     * n ≥ 100 (figure 700 exactly), at most 701 needs n ≥ 99.67, so 100; a rising balance
     * −50,000 + 400n ≥ 0 needs n ≥ 125.
     */
    @Test
    void wholePlacesAreTheFewestThatMeetTheTarget() {
        java.util.function.IntToDoubleFunction placements = n -> 1000 - 3.0 * n;
        GoalSolver.Solution s = GoalSolver.solveWhole(placements, 0, 2000, 120, GoalTarget.parse("placements:SPECIAL_INDEPENDENT <= 700 by 2030/31"));
        assertEquals(100, s.value(), 0);
        assertEquals(700, s.figure(), 0);
        assertEquals(100, GoalSolver.solveWhole(placements, 0, 2000, 0, GoalTarget.parse("placements:SPECIAL_INDEPENDENT <= 701 by 2030/31")).value(), 0);
        assertEquals(125, GoalSolver.solveWhole(n -> -50_000 + 400.0 * n, 0, 2000, 7, GoalTarget.parse("cumulative_balance >= 0 by 2032-33")).value(), 0);
        assertFalse(GoalSolver.solveWhole(placements, 0, 200, 10, GoalTarget.parse("placements:SPECIAL_INDEPENDENT <= 100 by 2030/31")).found());
        assertEquals(10, GoalSolver.solveWhole(placements, 0, 200, 10, GoalTarget.parse("placements:SPECIAL_INDEPENDENT <= 5000 by 2030/31")).value(), 0,
                "met everywhere: the file's own places stay");
    }
}
