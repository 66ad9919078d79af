package org.sendplan.model;


/**
 * Plans per January census year × provision × phase in every simulation, kept so that places,
 * costs and balances can take bands of their own sums (never sums of quantiles). Year index 0
 * is the observed base year (every simulation equal).
 */
public final class PlacementDraws {
    private static final int P = Provision.values().length;
    private static final Phase[] PHASES = Phase.values();
    private static final int H = PHASES.length;
    private final int firstYear;
    private final int years;
    private final int simulations;
    private final double[] values;

    public PlacementDraws(int firstYear, int years, int simulations) {
        this.firstYear = firstYear;
        this.years = years;
        this.simulations = simulations;
        this.values = new double[years * P * H * simulations];
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

    public int firstYear() { return firstYear; }
    public int years() { return years; }
    public int simulations() { return simulations; }
}
