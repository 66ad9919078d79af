package org.sendplan.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.Arrays;
import java.util.Set;

/**
 * The characters each column of a finished sheet needs for its widest number as shown (in its
 * format, bold or not, with {@link #PADDING}), read back from the sheet so that every number
 * counts however it was written.
 * <p>
 * It runs on every sheet of every workbook, so it reads as little as it can: what a style shows
 * once per style ({@link StyleLooks}), and for
 * the workbook's own formats only the largest and the most negative value of a column under each
 * style are formatted ({@link #WIDER_AWAY_FROM_ZERO}), not every value.
 */
final class NumberWidths {
    /** Characters of padding beside a number (the cell margins and the filter button's room). */
    static final int PADDING = 3;
    /** Bold digits are wider than the column's unit, the width of a regular digit. */
    static final double BOLD = 1.1;

    /**
     * Formats whose text never gets shorter as a value moves away from zero: fixed decimals,
     * thousands separators, and a sign or brackets on every negative that does not round to zero.
     * A column's widest value under one of them is its largest or its smallest (the most negative). Any other
     * format has every value formatted (General, for one, shows 0.25 wider than 1).
     */
    static final Set<String> WIDER_AWAY_FROM_ZERO = Set.of("0", Styles.COUNT, Styles.DECIMAL1, Styles.PERCENT, Styles.RATE,
            Styles.MONEY_M, Styles.MONEY_K);

    private final StyleLooks looks;
    private final DataFormatter formatter;

    NumberWidths(StyleLooks looks, DataFormatter formatter) {
        this.looks = looks;
        this.formatter = formatter;
    }

    /** By column, the characters of its widest number (0: none). */
    int[] of(Sheet sh) {
        int[] chars = new int[0];
        // by style index: a column's largest and smallest value in a format wider away from zero
        Extremes[] extremes = new Extremes[0];
        for (Row row : sh) {
            for (Cell cell : row) {
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                // text, boolean, error, a blank (styled) cell, or a formula's text result
                if (type != CellType.NUMERIC) continue;
                // a formula's value as computed when written (0 when it was not: a spreadsheet computes it)
                double value = cell.getNumericCellValue();
                StyleLooks.Look look = looks.of(cell);
                int col = cell.getColumnIndex();
                if (WIDER_AWAY_FROM_ZERO.contains(look.format())) {
                    int s = cell.getCellStyle().getIndex();
                    if (s >= extremes.length) extremes = Arrays.copyOf(extremes, s + 1);
                    if (extremes[s] == null) extremes[s] = new Extremes(look);
                    extremes[s].add(col, value);
                } else {
                    if (col >= chars.length) chars = Arrays.copyOf(chars, col + 1);
                    chars[col] = Math.max(chars[col], chars(look, value));
                }
            }
        }
        for (Extremes e : extremes) {
            if (e == null) continue;
            if (e.most.length > chars.length) chars = Arrays.copyOf(chars, e.most.length);
            for (int col = 0; col < e.most.length; col++) {
                if (e.most[col] < e.least[col]) continue;
                chars[col] = Math.max(chars[col], Math.max(chars(e.look, e.most[col]), chars(e.look, e.least[col])));
            }
        }
        return chars;
    }

    /** The characters {@code v} takes shown in {@code look}'s format, padded, bold a tenth wider. */
    int chars(StyleLooks.Look look, double v) {
        String shown = Styles.finance(v, look.format());
        if (shown == null) shown = formatter.formatRawCellContents(v, look.formatIndex(), look.format());
        return (int) Math.ceil((shown.length() + PADDING) * (look.bold() ? BOLD : 1));
    }

    /**
     * The largest and the smallest value by column under one style (none yet: largest below
     * smallest). {@link Math#max} and {@link Math#min} keep -0 apart from 0, which a format may show as {@code -0}.
     */
    private static final class Extremes {
        final StyleLooks.Look look;
        double[] most = new double[0];
        double[] least = new double[0];

        Extremes(StyleLooks.Look look) {
            this.look = look;
        }

        void add(int col, double v) {
            if (col >= most.length) {
                int from = most.length;
                most = Arrays.copyOf(most, col + 1);
                least = Arrays.copyOf(least, col + 1);
                Arrays.fill(most, from, col + 1, Double.NEGATIVE_INFINITY);
                Arrays.fill(least, from, col + 1, Double.POSITIVE_INFINITY);
            }
            most[col] = Math.max(most[col], v);
            least[col] = Math.min(least[col], v);
        }
    }
}
