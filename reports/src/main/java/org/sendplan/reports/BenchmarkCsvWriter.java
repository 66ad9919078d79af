package org.sendplan.reports;

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
 * <pre>for_la_code,role,rank,la_code,name,year,plans,population_0_25,plans_per_1000,growth_1y,growth_5y,special_share,independent_share,new_plans,new_plans_per_1000,distance,
 * pupils,pupils_year,plans_per_1000_pupils,new_plans_per_1000_pupils,requests,requests_growth_1y,requests_growth_5y,assessed_share,requests_per_1000,requests_per_1000_pupils</pre>
 * {@code for_la_code} is the area compared (so that a batch's files stack); {@code role} {@code area},
 * {@code region}, {@code england} or {@code neighbour}; {@code rank} and {@code distance} only on
 * neighbour rows; shares and growth as fractions; numbers as {@link Numbers}, an empty cell where the
 * figure is not known. The pupil and requests columns come after {@code distance} so that the
 * columns before keep their places. UTF-8, {@code \n} line ends, no byte-order mark.
 */
public final class BenchmarkCsvWriter {
    public static final String HEADER = "for_la_code,role,rank,la_code,name,year,plans,population_0_25,plans_per_1000,growth_1y,growth_5y,"
            + "special_share,independent_share,new_plans,new_plans_per_1000,distance,pupils,pupils_year,plans_per_1000_pupils,"
            + "new_plans_per_1000_pupils,requests,requests_growth_1y,requests_growth_5y,assessed_share,requests_per_1000,requests_per_1000_pupils";

    private BenchmarkCsvWriter() {
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
            Csv.field(sb, f.area().name()).append(',').append(f.year()).append(',');
            for (double v : new double[]{f.plans(), f.population0to25(), f.plansPer1000(), f.growth1(), f.growth5(), f.specialShare(),
                    f.independentShare(), f.newPlans(), f.newPlansPer1000()}) {
                Numbers.append(sb, v).append(',');
            }
            Numbers.append(sb, r.distance()).append(',');
            Numbers.append(sb, f.pupils()).append(',');
            if (f.pupilsYear() > 0) sb.append(f.pupilsYear());
            sb.append(',');
            for (double v : new double[]{f.plansPer1000Pupils(), f.newPlansPer1000Pupils(), f.requests(), f.requestsGrowth1(),
                    f.requestsGrowth5(), f.assessedShare(), f.requestsPer1000()}) {
                Numbers.append(sb, v).append(',');
            }
            Numbers.append(sb, f.requestsPer1000Pupils()).append('\n');
        }
        return sb;
    }
}
