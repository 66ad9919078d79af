package org.sendplan.model.reform;

import java.util.List;

/**
 * One of the reform plan's data tables for one outcome: categories as rows, the plan's years as
 * columns (indexed as {@link ReformPlan#years}), whole numbers that add up to the table's total in
 * every year ({@link LargestRemainder}).
 *
 * @param number the template's table number ({@code 5.1}, {@code 6}, {@code 7.3}, {@code 10})
 * @param title  what it counts, as the public reading of the template titles it
 * @param unit   what a figure counts ({@code EHC plans}, {@code requests}, …)
 * @param rows   in the template's order
 * @param total  the table's total (for 7.1–7.7 the table 6 rows of the group)
 * @param notes  what the table counts, infers and assumes, in sentences
 */
public record ReformTable(String number, String title, String unit, List<Row> rows, Row total, List<String> notes) {
    public ReformTable {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * One row: its code (for CSV), its label, a figure per year (NaN where the row is not a figure
     * of its own but counted in another), and what it holds or cannot tell apart (may be empty).
     */
    public record Row(String code, String label, double[] values, String note) {
        public Row {
            values = values.clone();
        }

        public double value(int year) {
            return values[year];
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }
}
