package org.sendplan.reports;

import org.sendplan.model.benchmark.BenchmarkField;
import org.sendplan.model.benchmark.BenchmarkFigures;
import org.sendplan.model.benchmark.Benchmarking;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code benchmark.csv}: the area, its region, England and its nearest neighbours at the
 * base census, one row each in that order ({@link Benchmarking}).
 *
 * Columns ({@link BenchmarkField}, in its order):
 * <pre>for_la_code,role,rank,la_code,name,year,plans,population_0_25,plans_per_1000,growth_1y,growth_5y,special_share,independent_share,new_plans,new_plans_per_1000,distance,
 * pupils,pupils_year,plans_per_1000_pupils,new_plans_per_1000_pupils,requests,requests_growth_1y,requests_growth_5y,assessed_share,requests_per_1000,requests_per_1000_pupils</pre>
 * {@code for_la_code} is the area compared (so that a batch's files stack); {@code role} {@code area},
 * {@code region}, {@code england} or {@code neighbour}; {@code rank} and {@code distance} only on
 * neighbour rows; shares and growth as fractions; numbers as {@link Numbers}, an empty cell where the
 * figure is not known. The pupil and requests columns come after {@code distance} so that the
 * columns before keep their places. UTF-8, {@code \n} line ends, no byte-order mark.
 */
public final class BenchmarkCsvWriter {
    public static final String HEADER = header();

    private BenchmarkCsvWriter() {
    }

    /** The identity columns, then each {@link BenchmarkField}'s header, {@code distance} before the pupils' columns. */
    private static String header() {
        StringBuilder sb = new StringBuilder("for_la_code,role,rank,la_code,name,year");
        for (BenchmarkField f : BenchmarkField.values()) {
            if (f == BenchmarkField.PUPILS) sb.append(",distance");
            sb.append(',').append(f.header());
        }
        return sb.toString();
    }

    public static void write(Benchmarking b, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.append(appendRows(b, new StringBuilder(4096).append(HEADER).append('\n')));
        }
    }

    /** The rows of one comparison, without the header (a batch stacks every authority's under one). */
    public static StringBuilder appendRows(Benchmarking b, StringBuilder sb) {
        String prefix = Csv.field(b.area().code()) + ',';
        for (Benchmarking.Row r : b.rows()) {
            BenchmarkFigures f = r.figures();
            sb.append(prefix).append(r.role().code()).append(',');
            if (r.rank() > 0) sb.append(r.rank());
            sb.append(',');
            Csv.field(sb, f.area().code()).append(',');
            Csv.field(sb, f.area().name()).append(',').append(f.year());
            for (BenchmarkField field : BenchmarkField.values()) {
                if (field == BenchmarkField.PUPILS) Numbers.append(sb.append(','), r.distance());
                Numbers.append(sb.append(','), field.of(f));
            }
            sb.append('\n');
        }
        return sb;
    }
}
