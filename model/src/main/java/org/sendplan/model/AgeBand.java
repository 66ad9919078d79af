package org.sendplan.model;

/**
 * The age bands of the DfE SEN2 releases up to 2022 (age at 31 August, as SEN2 counts it):
 * the only age detail published before the single-age census of January 2024.
 */
public enum AgeBand {
    UNDER_5("Under 5", 0, 4),
    AGE_5_10("Age 5 to 10", 5, 10),
    AGE_11_15("Age 11 to 15", 11, 15),
    AGE_16_19("Age 16 to 19", 16, 19),
    AGE_20_25("Age 20 to 25", 20, 25);

    private final String label;
    private final int from;
    private final int to;

    AgeBand(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    /** The publisher's label ({@code characteristic_age}). */
    public String label() {
        return label;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    /** The band of a single age (ages under 2 count in the youngest band, like age 2). */
    public static AgeBand of(int age) {
        for (AgeBand b : values()) if (age <= b.to) return b;
        return AGE_20_25;
    }

    /** Plans by band from plans by single age ({@link Ages} index). */
    public static double[] fromSingleAges(double[] byAge) {
        double[] out = new double[values().length];
        for (int a = 0; a < byAge.length; a++) if (!Double.isNaN(byAge[a])) out[of(Ages.age(a)).ordinal()] += byAge[a];
        return out;
    }
}
