package org.sendplan.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small-count suppression as official statistics do it, on a set of cells tied by lines.
 * <ul>
 * <li>Primary: a value above zero and below the threshold is hidden (exact zeros are shown, like
 *     the DfE's own SEN2 tables; a mean of 0.4 is hidden too).</li>
 * <li>Secondary: a <i>line</i> is a total and the cells that add up to it (or any cells tied by
 *     one known linear equation). A line with exactly one hidden cell would give it away by
 *     subtraction, so another is hidden: if the hidden one is a part, the smallest positive
 *     visible part (the total when no part is left to hide); if it is the total, the smallest
 *     positive part. This repeats until no line changes, since a cell hidden for one line is a
 *     part or a total of others. Ties go to the cell added first, so the same cells and lines
 *     always hide the same cells.</li>
 * </ul>
 * Only values that add up belong in a line: means (and an observed year's counts) do, quantiles
 * of different groups do not. The marker written instead of a hidden value is {@link #MARKER}.
 */
final class Suppression {
    /** The marker written instead of a suppressed value (as in DfE statistics: confidential). */
    static final String MARKER = "c";

    private final int threshold;
    private double[] values = new double[256];
    private int cells;
    private final List<int[]> lines = new ArrayList<>();

    /** Suppression below {@code threshold} (0 or less: nothing is hidden). */
    Suppression(int threshold) {
        this.threshold = threshold;
    }

    /** Whether {@code v} is hidden at {@code threshold} by the primary rule (0 or less: nothing is). */
    static boolean hides(double v, int threshold) {
        return threshold > 0 && Double.isFinite(v) && v > 0 && v < threshold;
    }

    /** Adds a cell holding {@code value}; returns its id. */
    int cell(double value) {
        if (cells == values.length) values = Arrays.copyOf(values, cells * 2);
        values[cells] = value;
        return cells++;
    }

    /** Ties {@code total} to {@code parts}: the parts add up to it (or are tied to it by a known equation). */
    void line(int total, int... parts) {
        int[] line = new int[parts.length + 1];
        line[0] = total;
        System.arraycopy(parts, 0, line, 1, parts.length);
        lines.add(line);
    }

    /** Which cells are hidden, by id: the primary rule, then the secondary rule until every line is stable. */
    boolean[] solve() {
        boolean[] hidden = new boolean[cells];
        for (int i = 0; i < cells; i++) hidden[i] = hides(values[i], threshold);
        if (threshold <= 0) return hidden;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : lines) {
                int hiddenCells = 0;
                for (int id : line) if (hidden[id]) hiddenCells++;
                if (hiddenCells != 1) continue;
                int next = smallestVisiblePart(line, hidden);
                // only the total of a line whose other parts are all zero is left to hide
                if (next < 0 && !hidden[line[0]]) next = line[0];
                if (next >= 0) {
                    hidden[next] = true;
                    changed = true;
                }
            }
        }
        return hidden;
    }

    private int smallestVisiblePart(int[] line, boolean[] hidden) {
        int best = -1;
        for (int k = 1; k < line.length; k++) {
            int id = line[k];
            if (hidden[id] || !(values[id] > 0)) continue;
            if (best < 0 || values[id] < values[best] || values[id] == values[best] && id < best) best = id;
        }
        return best;
    }
}
