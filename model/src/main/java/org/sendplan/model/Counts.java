package org.sendplan.model;

import java.util.Locale;

/** Small arithmetic on count arrays shared by the engines, where a missing (NaN) cell counts as none. */
public final class Counts {
    private Counts() {
    }

    /** The sum of the values that are not NaN; 0 for null. */
    public static double sum(double[] v) {
        if (v == null) return 0;
        double s = 0;
        for (double x : v) if (!Double.isNaN(x)) s += x;
        return s;
    }

    /** A count as whole units with thousands separators, for messages ({@code 2,442}). */
    public static String whole(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
