package org.sendplan.model;

/**
 * The single years of age the projection works in: age at 31 August, as SEN2 counts it.
 * SEN2 publishes the youngest plans only as a band ("under 3", "age 2 and under"), so age 2
 * stands for that band (ages 0–2); age 25 is the last age a plan can be held.
 */
public final class Ages {
    public static final int MIN = 2;
    public static final int MAX = 25;
    public static final int COUNT = MAX - MIN + 1;

    private Ages() {
    }

    public static int index(int age) {
        return age - MIN;
    }

    public static int age(int index) {
        return index + MIN;
    }
}
