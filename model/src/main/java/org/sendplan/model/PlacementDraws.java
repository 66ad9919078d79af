package org.sendplan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run's predictive distribution of plans: plans per January census year × provision × phase
 * in every draw, and (where the route keeps them) the other roll-ups' plans in the same draws,
 * settings and needs. Every summary figure, place, cost and balance is read from these draws
 * (quantiles of sums, never sums of quantiles). Year index 0 is the observed base year (every
 * draw equal).
 */
public final class PlacementDraws {
    private static final Provision[] PROVISIONS = Provision.values();
    private static final int P = PROVISIONS.length;
    private static final Phase[] PHASES = Phase.values();
    private static final int H = PHASES.length;
    private final int firstYear;
    private final int years;
    private final int simulations;
    private final double[] values;
    /**
     * [year index × draw]: children a scenario's reforms meet in a support layer instead of a plan
     * (new needs met without one, plans left at phase transfer, plans above a ceiling). In no plan
     * figure; the money costs them at the support-layer cost.
     */
    private final double[] supportLayer;
    /** (dimension, group) → [year index][draw], for the roll-ups that are not provisions or phases. */
    private final Map<Group, double[][]> groups = new LinkedHashMap<>();

    /** A roll-up kept beside provision × phase. */
    public record Group(Dimension dimension, String name) {
    }

    public PlacementDraws(int firstYear, int years, int simulations) {
        this.firstYear = firstYear;
        this.years = years;
        this.simulations = simulations;
        this.values = new double[years * P * H * simulations];
        this.supportLayer = new double[years * simulations];
    }

    public void addSupportLayer(int yearIndex, int sim, double v) {
        supportLayer[yearIndex * simulations + sim] += v;
    }

    /** Children in the support layer in one simulation (0 without a reform that moves any). */
    public double supportLayer(int yearIndex, int sim) {
        return supportLayer[yearIndex * simulations + sim];
    }

    /** Children with needs in one simulation: those with plans and those a reform meets without one (what the calibration judges). */
    public double needs(int yearIndex, int sim) {
        return total(yearIndex, sim) + supportLayer(yearIndex, sim);
    }

    private int index(int yearIndex, Provision p, Phase h, int sim) {
        return ((yearIndex * P + p.ordinal()) * H + h.ordinal()) * simulations + sim;
    }

    public void add(int yearIndex, Provision p, Phase h, int sim, double v) {
        values[index(yearIndex, p, h, sim)] += v;
    }

    public double get(int yearIndex, Provision p, Phase h, int sim) {
        return values[index(yearIndex, p, h, sim)];
    }

    /** Plans in a provision, all phases, in one simulation. */
    public double provision(int yearIndex, Provision p, int sim) {
        double s = 0;
        int base = (yearIndex * P + p.ordinal()) * H * simulations + sim;
        for (int h = 0; h < H; h++) s += values[base + h * simulations];
        return s;
    }

    /** Plans in a phase, all provisions, in one simulation. */
    public double phase(int yearIndex, Phase ph, int sim) {
        double s = 0;
        for (Provision p : PROVISIONS) s += get(yearIndex, p, ph, sim); // PROVISIONS: values() copies an array, and this runs per draw
        return s;
    }

    /** All plans in one simulation. */
    public double total(int yearIndex, int sim) {
        double s = 0;
        for (Provision p : PROVISIONS) s += provision(yearIndex, p, sim);
        return s;
    }

    /** Sets a kept roll-up's plans in one year, every draw: {@code byDraw} is kept, not copied (the caller made it for this and leaves it). */
    public void putGroup(Dimension d, String name, int yearIndex, double[] byDraw) {
        if (byDraw.length != simulations) throw new IllegalArgumentException("expected " + simulations + " draws, got " + byDraw.length);
        groups.computeIfAbsent(new Group(d, name), g -> new double[years][])[yearIndex] = byDraw;
    }

    /**
     * Adds year y of {@code from}'s plans by provision and phase, and sets its kept roll-ups, each
     * draw k multiplied by {@code factor[k]} (a calibration or a ceiling; the support layer is the caller's).
     */
    public void addScaled(PlacementDraws from, int yearIndex, double[] factor) {
        for (int k = 0; k < simulations; k++) {
            for (Provision p : PROVISIONS) for (Phase ph : PHASES) add(yearIndex, p, ph, k, from.get(yearIndex, p, ph, k) * factor[k]);
        }
        for (Map.Entry<Group, double[][]> g : from.groups().entrySet()) {
            double[] v = g.getValue()[yearIndex].clone();
            for (int k = 0; k < simulations; k++) v[k] *= factor[k];
            putGroup(g.getKey().dimension(), g.getKey().name(), yearIndex, v);
        }
    }

    /** The roll-ups kept beside provision × phase, in the order they were first put: [year index][draw]. */
    public Map<Group, double[][]> groups() {
        return Collections.unmodifiableMap(groups);
    }

    public int firstYear() { return firstYear; }
    public int years() { return years; }
    public int simulations() { return simulations; }
}
