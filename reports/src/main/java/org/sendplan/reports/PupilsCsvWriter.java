package org.sendplan.reports;

import org.sendplan.model.pupils.PupilOutlook;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code pupils.csv}: pupils, SEN support and EHC plans by January census year and NC year,
 * observed and projected, with the rates per 1,000 pupils.
 *
 * <pre>scenario,la_code,year,ncy,pupils,projected,sen_support,ehcp,ehcp_per_1000,sen_support_per_1000</pre>
 * Rows in year then NC year order; {@code year} the January census year; {@code projected}
 * {@code true} when any figure of the row is projected, else {@code false}; numbers as
 * {@link Numbers}, an empty cell where a figure is not known. Aggregates only: nothing
 * pupil-level. UTF-8, {@code \n} line ends, no byte-order mark.
 */
public final class PupilsCsvWriter {
    public static final String HEADER = "scenario,la_code,year,ncy,pupils,projected,sen_support,ehcp,ehcp_per_1000,sen_support_per_1000";

    private PupilsCsvWriter() {
    }

    public static void write(List<PupilOutlook> outlooks, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(1 << 14);
            sb.append(HEADER).append('\n');
            for (PupilOutlook o : outlooks) {
                String prefix = Csv.prefix(o.scenario(), o.areaCode());
                for (PupilOutlook.Row r : o.rows()) {
                    sb.append(prefix).append(r.year()).append(',').append(r.ncy()).append(',');
                    Numbers.append(sb, r.pupils()).append(',').append(r.projected()).append(',');
                    Numbers.append(sb, r.senSupport()).append(',');
                    Numbers.append(sb, r.ehcp()).append(',');
                    Numbers.append(sb, r.ehcpPer1000()).append(',');
                    Numbers.append(sb, r.senSupportPer1000()).append('\n');
                }
            }
            out.append(sb);
        }
    }
}
