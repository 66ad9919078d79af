package org.sendplan.reports;

import org.sendplan.model.evaluation.RollingBacktest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code backtest.csv}, one row per forecast set against its outturn:
 * <pre>la_code,method,base_year,horizon,dimension,group,forecast,p10,p90,actual,error,ape</pre>
 * {@code method} {@code sendplan}, {@code last_value} or {@code last_growth}; {@code dimension}
 * {@code total} (group {@code ALL}), {@code provision} or {@code phase}; {@code error} = forecast −
 * actual; {@code ape} = |error| / actual as a share (empty when the actual is 0); p10/p90 empty
 * for the baselines. Values as {@link Numbers}. UTF-8, {@code \n}, no byte-order mark.
 */
public final class BacktestCsvWriter {
    public static final String HEADER = "la_code,method,base_year,horizon,dimension,group,forecast,p10,p90,actual,error,ape";

    private BacktestCsvWriter() {
    }

    public static void write(List<RollingBacktest.Result> results, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append(HEADER).append('\n');
        appendRows(results, sb);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.append(sb);
        }
    }

    /** The rows of {@link #write} without the header (a batch stacks every authority's rows under one header). */
    public static StringBuilder appendRows(List<RollingBacktest.Result> results, StringBuilder sb) {
        for (RollingBacktest.Result res : results) {
            for (RollingBacktest.Row r : res.rows()) {
                Csv.field(sb, r.laCode()).append(',').append(r.method().code()).append(',').append(r.baseYear()).append(',')
                        .append(r.horizon()).append(',').append(r.dimension().code()).append(',');
                Csv.field(sb, r.group()).append(',');
                Numbers.append(sb, r.forecast()).append(',');
                Numbers.append(sb, r.p10()).append(',');
                Numbers.append(sb, r.p90()).append(',');
                Numbers.append(sb, r.actual()).append(',');
                Numbers.append(sb, r.error()).append(',');
                Numbers.append(sb, r.ape()).append('\n');
            }
        }
        return sb;
    }
}
