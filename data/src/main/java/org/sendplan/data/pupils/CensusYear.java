package org.sendplan.data.pupils;

import org.sendplan.data.Numbers;
import org.sendplan.data.DataException;
import org.sendplan.data.CsvSource;

/** The January census year of a {@code time_period}: {@code 202122}, {@code 2021/22} or {@code 2022} all mean January 2022. */
final class CensusYear {
    private CensusYear() {
    }

    static int parse(CsvSource.Row row, String column) {
        String v = row.text(column);
        // plain character checks, not regular expressions: this runs on every row of an all-authority file
        boolean slash = v.length() == 7 && v.charAt(4) == '/' && Numbers.digits(v.substring(0, 4), 4) && Numbers.digits(v.substring(5), 2);
        if (slash || Numbers.digits(v, 6)) {
            int start = Numbers.integer(v.substring(0, 4));
            int end = Numbers.integer(v.substring(v.length() - 2));
            if ((start + 1) % 100 == end) return start + 1;
        } else if (Numbers.digits(v, 4)) {
            return Numbers.integer(v);
        }
        throw row.error(column, "an academic year such as 202122 (January 2022 census) or a census year such as 2022", DataException.quote(v));
    }
}
