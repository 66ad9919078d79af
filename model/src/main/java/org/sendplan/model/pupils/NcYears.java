package org.sendplan.model.pupils;

/**
 * The national curriculum years of the pupil census: NCY −2 (Nursery 1) and −1 (Nursery 2),
 * 0 (Reception), 1 … 14. NCY = age at 31 August − 4, so a plan held at SEN2 age {@code a} is
 * counted at NCY {@code a − 4}.
 */
public final class NcYears {
    public static final int MIN = -2;
    public static final int MAX = 14;
    public static final int COUNT = MAX - MIN + 1;
    public static final int RECEPTION = 0;

    private NcYears() {
    }

    public static int index(int ncy) {
        return ncy - MIN;
    }

    public static int ncy(int index) {
        return index + MIN;
    }

    public static boolean valid(int ncy) {
        return ncy >= MIN && ncy <= MAX;
    }

    /** SEN2 single year of age of a pupil in this NC year. */
    public static int age(int ncy) {
        return ncy + 4;
    }

    /** A new array of {@link #COUNT} unknown values ({@code NaN}). */
    public static double[] unknown() {
        double[] v = new double[COUNT];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }
}
