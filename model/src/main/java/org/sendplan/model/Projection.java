package org.sendplan.model;

import java.util.List;
import java.util.function.Supplier;

/**
 * EHC plans per January census year × age × setting × need: a central value and quantiles.
 * Dense arrays indexed by {@link #index}; the first year is the observed base year. The quantiles
 * of every cell may be made on first use: only {@code projection.csv} reads them, and selecting
 * them from the simulations was a sixth of a batch's CPU where that file is not written. A run
 * that does not write that file keeps no quantiles at all ({@link #Projection(int, int, int, int,
 * List, List, double[], Supplier) bands} null), so the simulations can go as soon as they are rolled up.
 */
public final class Projection {
    private final int firstYear;
    private final int years;
    private final int minAge;
    private final int ages;
    private final List<Setting> settings;
    private final List<String> needs;
    private final double[] mean;
    /** Whether each cell's quantiles can be read (made now, or when first read). */
    private final boolean banded;
    private Supplier<Bands> pending;
    private volatile Bands bands;

    /** The 10th, 50th and 90th percentiles of every cell, indexed as the means. */
    public record Bands(double[] p10, double[] p50, double[] p90) {
    }

    public Projection(int firstYear, int years, int minAge, int ages, List<Setting> settings, List<String> needs,
                      double[] mean, double[] p10, double[] p50, double[] p90) {
        this(firstYear, years, minAge, ages, settings, needs, mean, () -> new Bands(p10, p50, p90));
        bands();
    }

    /** With the quantiles made when first read ({@code bands} is called once, at most), or none kept ({@code bands} null). */
    public Projection(int firstYear, int years, int minAge, int ages, List<Setting> settings, List<String> needs,
                      double[] mean, Supplier<Bands> bands) {
        if (mean.length != years * ages * settings.size() * needs.size()) {
            throw new IllegalArgumentException("projection arrays must hold " + years * ages * settings.size() * needs.size() + " cells");
        }
        this.banded = bands != null;
        this.pending = bands;
        this.firstYear = firstYear;
        this.years = years;
        this.minAge = minAge;
        this.ages = ages;
        this.settings = List.copyOf(settings);
        this.needs = List.copyOf(needs);
        this.mean = mean;
    }

    private Bands bands() {
        Bands b = bands;
        if (b != null) return b;
        synchronized (this) {
            if (bands == null) {
                if (!banded) throw new IllegalStateException("each cell's quantiles were not kept for this run");
                Bands made = pending.get();
                if (made.p10().length != mean.length || made.p50().length != mean.length || made.p90().length != mean.length) {
                    throw new IllegalArgumentException("projection arrays must hold " + mean.length + " cells");
                }
                bands = made;
                pending = null; // what the quantiles were made from (the simulations) can go
            }
            return bands;
        }
    }

    public int index(int yearIndex, int ageIndex, int setting, int need) {
        return index(yearIndex, ageIndex, setting, need, ages, settings.size(), needs.size());
    }

    /** The index of a cell in a projection of so many ages, settings and needs (before the projection is made). */
    public static int index(int yearIndex, int ageIndex, int setting, int need, int ages, int settings, int needs) {
        return ((yearIndex * ages + ageIndex) * settings + setting) * needs + need;
    }

    public int firstYear() { return firstYear; }
    public int lastYear() { return firstYear + years - 1; }
    public int years() { return years; }
    public int minAge() { return minAge; }
    public int maxAge() { return minAge + ages - 1; }
    public int ages() { return ages; }
    public List<Setting> settings() { return settings; }
    /** Need codes, as the data names them ({@link Need} names on the DfE route). */
    public List<String> needs() { return needs; }

    public double mean(int i) { return mean[i]; }
    public double p10(int i) { return bands().p10()[i]; }
    public double p50(int i) { return bands().p50()[i]; }
    public double p90(int i) { return bands().p90()[i]; }

    /** Every cell of each year multiplied by that year's factor (index 0 is the base year); quantiles still made when first read. */
    public Projection scaled(double[] byYear) {
        int perYear = ages * settings.size() * needs.size();
        double[] factor = byYear.clone();
        double[] m = scaled(mean, factor, perYear);
        if (!banded) return new Projection(firstYear, years, minAge, ages, settings, needs, m, null);
        return new Projection(firstYear, years, minAge, ages, settings, needs, m, () -> {
            Bands b = bands();
            return new Bands(scaled(b.p10(), factor, perYear), scaled(b.p50(), factor, perYear), scaled(b.p90(), factor, perYear));
        });
    }

    private static double[] scaled(double[] cells, double[] byYear, int perYear) {
        double[] out = cells.clone();
        for (int i = 0; i < out.length; i++) out[i] *= byYear[i / perYear];
        return out;
    }
}
