package org.sendplan.reports;

/**
 * Small-count suppression, as official statistics do: a value above zero and below the threshold
 * is replaced by a marker. Exact zeros are shown (like the DfE's own SEN2 tables), and totals are
 * never suppressed.
 */
final class Suppression {
    /** The marker written instead of a suppressed value (as in DfE statistics: confidential). */
    static final String MARKER = "c";

    private Suppression() {
    }

    /** Whether {@code v} is hidden at {@code threshold} (0 or less: nothing is). */
    static boolean hides(double v, int threshold) {
        return threshold > 0 && Double.isFinite(v) && v > 0 && v < threshold;
    }
}
