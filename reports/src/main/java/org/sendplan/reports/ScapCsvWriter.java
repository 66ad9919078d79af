package org.sendplan.reports;

import org.sendplan.model.scap.ScapForecast;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code scap.csv}: the SCAP specialist-place forecast of each outcome ({@link ScapForecast}).
 *
 * <pre>scenario,la_code,scap_type,provision,stage,academic_year,status,ncy,year_group,plans,stage_plans,stage_p10,stage_p90</pre>
 * One row per type × stage × academic year × NC year, in that order. {@code plans} is the year
 * group's central forecast; {@code stage_plans}, {@code stage_p10} and {@code stage_p90} are the
 * whole stage's (its year groups' sum and that sum's band) repeated on each of its rows, so that
 * summing {@code plans} never counts a total twice. {@code status} {@code observed} (the base
 * census) or {@code forecast}. Numbers as {@link Numbers}. UTF-8, {@code \n} line ends.
 */
public final class ScapCsvWriter {
    public static final String HEADER = "scenario,la_code,scap_type,provision,stage,academic_year,status,ncy,year_group,plans,stage_plans,"
            + "stage_p10,stage_p90";

    private ScapCsvWriter() {
    }

    public static void write(List<ScapForecast> forecasts, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 15).append(HEADER).append('\n');
        for (ScapForecast f : forecasts) {
            String prefix = Csv.prefix(f.scenario(), f.area().code());
            for (ScapForecast.StageYear s : f.stages()) {
                String stage = prefix + s.type().name() + ',' + s.type().provision().name() + ',' + s.stage().code() + ',' + s.year() + ','
                        + (s.observed() ? "observed" : "forecast") + ',';
                for (ScapForecast.YearGroup g : s.yearGroups()) {
                    sb.append(stage).append(g.ncy()).append(',').append(ScapForecast.yearGroup(g.ncy())).append(',');
                    Numbers.append(sb, g.plans()).append(',');
                    Numbers.append(sb, s.plans()).append(',');
                    Numbers.append(sb, s.p10()).append(',');
                    Numbers.append(sb, s.p90()).append('\n');
                }
            }
        }
        Csv.write(sb, file);
    }
}
