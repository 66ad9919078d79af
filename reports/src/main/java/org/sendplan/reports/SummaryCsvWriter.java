package org.sendplan.reports;

import org.sendplan.model.Forecast;
import org.sendplan.model.SummaryRow;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code summary.csv}: the rows of each forecast's {@link Forecast#summary()} in their order.
 *
 * <pre>scenario,la_code,year,dimension,group,mean,p025,p10,p50,p90,p975</pre>
 * {@code dimension} is {@link org.sendplan.model.Dimension#code()}; values as {@link Numbers}, or
 * {@code c} where a {@link Disclosure} hides them.
 * UTF-8, {@code \n} line ends, no byte-order mark.
 */
public final class SummaryCsvWriter {
    public static final String HEADER = "scenario,la_code,year,dimension,group,mean,p025,p10,p50,p90,p975";

    private SummaryCsvWriter() {
    }

    public static void write(List<Forecast> forecasts, Path file) throws IOException {
        write(forecasts, file, Disclosure.NONE);
    }

    static void write(List<Forecast> forecasts, Path file, Disclosure disclosure) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 14);
        sb.append(HEADER).append('\n');
        appendRows(forecasts, sb, disclosure);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.append(sb);
        }
    }

    /** The rows of {@link #write} without the header (a batch stacks every authority's rows under one header). */
    public static StringBuilder appendRows(List<Forecast> forecasts, StringBuilder sb) {
        return appendRows(forecasts, sb, Disclosure.NONE);
    }

    private static StringBuilder appendRows(List<Forecast> forecasts, StringBuilder sb, Disclosure disclosure) {
        for (Forecast f : forecasts) {
            String prefix = Csv.prefix(f.scenario(), f.area().code());
            for (SummaryRow r : f.summary()) {
                sb.append(prefix).append(r.year()).append(',').append(r.dimension().code()).append(',');
                Csv.field(sb, r.group()).append(',');
                double[] values = {r.mean(), r.p025(), r.p10(), r.p50(), r.p90(), r.p975()};
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) sb.append(',');
                    if (disclosure.hides(f, r, values[i])) sb.append(Suppression.MARKER);
                    else Numbers.append(sb, values[i]);
                }
                sb.append('\n');
            }
        }
        return sb;
    }
}
