package org.sendplan.model.reform;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Whole numbers for the parts of a total that add up to the rounded total (Hamilton's
 * largest-remainder method): each part is rounded down, then the units still missing go one each
 * to the parts with the largest remainders (ties to the earlier part). A table's rows then add up
 * to its total after rounding, and a row is never more than one away from its unrounded value
 * when the parts add up to the total before rounding.
 */
public final class LargestRemainder {
    private LargestRemainder() {
    }

    /**
     * {@code parts} rounded so that they add up to {@code total}. Parts may be negative (the two
     * parts of a change); when the parts' sum is off the total by more than rounding, units are
     * still handed out (or taken back) in remainder order, round after round.
     */
    public static long[] round(double[] parts, long total) {
        int n = parts.length;
        long[] out = new long[n];
        if (n == 0) return out;
        double[] rest = new double[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            out[i] = (long) Math.floor(parts[i]);
            rest[i] = parts[i] - out[i];
            sum += out[i];
        }
        Integer[] byRest = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        // largest remainder first; a stable sort keeps the earlier part first among equals
        Arrays.sort(byRest, Comparator.comparingDouble((Integer i) -> -rest[i]));
        long missing = total - sum;
        for (int k = 0; missing > 0; k = (k + 1) % n, missing--) out[byRest[k]]++;
        for (int k = n - 1; missing < 0; k = (k - 1 + n) % n, missing++) out[byRest[k]]--;
        return out;
    }
}
