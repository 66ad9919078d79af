package org.sendplan.data.person;

import org.sendplan.data.Numbers;
import org.sendplan.data.DataException;
import org.sendplan.data.CsvSource;

/** Whole numbers in a CSV field, with the file, line and field named when they are not. */
final class Ints {
    private Ints() {
    }

    static int parse(CsvSource.Row row, String column, int min, int max) {
        String v = row.text(column);
        int x;
        try {
            x = Numbers.integer(v);
        } catch (NumberFormatException e) {
            throw row.error(column, "a whole number", DataException.quote(v));
        }
        if (x < min || x > max) throw row.error(column, "a value from " + min + " to " + max, Integer.toString(x));
        return x;
    }
}
