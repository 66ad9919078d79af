package org.sendplan.model;

import java.util.List;

/**
 * EHC plans per January census year × age × setting × need: a central value and quantiles.
 * Dense arrays indexed by {@link #index}; the first year is the observed base year.
 */
public final class Projection {
    private final int firstYear;
    private final int years;
    private final int minAge;
    private final int ages;
    private final List<Setting> settings;
    private final List<String> needs;
    private final double[] mean;
    private final double[] p10;
    private final double[] p50;
    private final double[] p90;

    public Projection(int firstYear, int years, int minAge, int ages, List<Setting> settings, List<String> needs,
                      double[] mean, double[] p10, double[] p50, double[] p90) {
        int cells = years * ages * settings.size() * needs.size();
        if (mean.length != cells || p10.length != cells || p50.length != cells || p90.length != cells) {
            throw new IllegalArgumentException("projection arrays must hold " + cells + " cells");
        }
        this.firstYear = firstYear;
        this.years = years;
        this.minAge = minAge;
        this.ages = ages;
        this.settings = List.copyOf(settings);
        this.needs = List.copyOf(needs);
        this.mean = mean;
        this.p10 = p10;
        this.p50 = p50;
        this.p90 = p90;
    }

    public int index(int yearIndex, int ageIndex, int setting, int need) {
        return ((yearIndex * ages + ageIndex) * settings.size() + setting) * needs.size() + need;
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
    public double p10(int i) { return p10[i]; }
    public double p50(int i) { return p50[i]; }
    public double p90(int i) { return p90[i]; }

    /** Every cell of each year multiplied by that year's factor (index 0 is the base year). */
    public Projection scaled(double[] byYear) {
        int perYear = ages * settings.size() * needs.size();
        double[] m = mean.clone(), a = p10.clone(), b = p50.clone(), c = p90.clone();
        for (int i = 0; i < m.length; i++) {
            double f = byYear[i / perYear];
            m[i] *= f;
            a[i] *= f;
            b[i] *= f;
            c[i] *= f;
        }
        return new Projection(firstYear, years, minAge, ages, settings, needs, m, a, b, c);
    }
}
