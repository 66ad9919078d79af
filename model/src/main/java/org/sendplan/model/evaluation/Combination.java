package org.sendplan.model.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the central forecast of the total is made from its parts: the method's total combined with
 * a pooled-growth total (the base census grown each year by a blend of the area's own last growth
 * and England's, undamped). Roll-ups keep the method's mix: each is the method's forecast
 * scaled so that the roll-ups add up to the combined total (the total is their control total).
 *
 * <p>None of the weights is fixed here: the {@link TrackRecord} chooses one from {@link #GRID} at
 * every base year, on the outturns known then.
 *
 * @param ownWeight    weight of the area's own last growth against England's in the pooled total
 * @param methodWeight weight of the method's total against the pooled total
 */
public record Combination(double ownWeight, double methodWeight) implements java.io.Serializable {
    /** The method alone: what is used before there is any outturn to choose on. */
    public static final Combination METHOD_ALONE = new Combination(1, 1);
    /** Every combination the judge may choose, the method alone first (so that it wins ties). */
    public static final List<Combination> GRID = grid();

    private static List<Combination> grid() {
        List<Combination> g = new ArrayList<>();
        double[] steps = {0, 0.25, 0.5, 0.75, 1};
        g.add(METHOD_ALONE);
        for (double m : new double[]{0.75, 0.5, 0.25, 0}) for (double w : steps) g.add(new Combination(w, m));
        return List.copyOf(g);
    }

    /** The base census grown h years by the blended growth (England's alone where the area's is unknown). */
    public double pooledTotal(Case c) {
        double own = c.ownGrowth(), eng = c.englandGrowth();
        double g = Double.isNaN(own) ? (Double.isNaN(eng) ? 0 : eng) : Double.isNaN(eng) ? own : ownWeight * own + (1 - ownWeight) * eng;
        return c.baseTotal() * Math.exp(c.horizon() * g);
    }

    /** The combined total of the case's area, base year and horizon. */
    public double total(Case c) {
        return methodWeight == 1 ? c.methodTotal() : methodWeight * c.methodTotal() + (1 - methodWeight) * pooledTotal(c);
    }

    /** The case's roll-up: its share of the method's total, of the combined total. */
    public double forecast(Case c) {
        return c.share() * total(c);
    }

    public String describe() {
        if (methodWeight == 1) return "the cohort model's total alone";
        return String.format(Locale.ROOT, "%.0f%% the cohort model's total and %.0f%% a pooled-growth total (the base census grown each year by "
                + "%.0f%% its own last growth and %.0f%% England's, undamped)", 100 * methodWeight, 100 * (1 - methodWeight), 100 * ownWeight,
                100 * (1 - ownWeight));
    }
}
