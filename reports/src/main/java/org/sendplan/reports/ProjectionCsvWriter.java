package org.sendplan.reports;

import org.sendplan.model.Forecast;
import org.sendplan.model.Need;
import org.sendplan.model.Phase;
import org.sendplan.model.Projection;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code projection.csv}: every cell of each forecast's projection, zero cells included.
 *
 * <pre>scenario,la_code,year,age,ncy,setting,need,mean,p10,p50,p90</pre>
 * Rows in year, age, setting, need order (the order of {@link Projection#settings()} and
 * {@link Projection#needs()}), the rows of each forecast after those of the previous one.
 * {@code la_code} is {@code area.code()}, {@code ncy} is {@link Phase#ncy(int)}, {@code setting} the
 * setting code, {@code need} the {@link Need} name; values as {@link Numbers}. UTF-8, {@code \n}
 * line ends, no byte-order mark.
 */
public final class ProjectionCsvWriter {
    public static final String HEADER = "scenario,la_code,year,age,ncy,setting,need,mean,p10,p50,p90";

    private static final int FLUSH_AT = 1 << 16;

    private ProjectionCsvWriter() {
    }

    public static void write(List<Forecast> forecasts, Path file) throws IOException {
        write(forecasts, file, 0);
    }

    /**
     * As {@link #write(List, Path)}, with small counts suppressed below {@code suppress} as
     * {@link Disclosure} decides on the forecasts alone (0 = no suppression).
     */
    public static void write(List<Forecast> forecasts, Path file, int suppress) throws IOException {
        write(forecasts, file, Disclosure.of(forecasts, List.of(), suppress));
    }

    /** As {@link #write(List, Path)}, every value {@code disclosure} hides written as {@link Suppression#MARKER}. */
    static void write(List<Forecast> forecasts, Path file, Disclosure disclosure) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(FLUSH_AT + 256);
            sb.append(HEADER).append('\n');
            for (Forecast f : forecasts) {
                write(f, sb, out, disclosure);
            }
            out.append(sb);
        }
    }

    private static StringBuilder value(StringBuilder sb, Forecast f, int cell, double v, Disclosure disclosure) {
        return disclosure.hidesCell(f, cell, v) ? sb.append(Suppression.MARKER) : Numbers.append(sb, v);
    }

    private static void write(Forecast forecast, StringBuilder sb, Writer out, Disclosure disclosure) throws IOException {
        Projection p = forecast.projection();
        String prefix = Csv.prefix(forecast.scenario(), forecast.area().code());
        int settings = p.settings().size();
        int needs = p.needs().size();
        String[] suffix = new String[settings * needs];
        for (int s = 0; s < settings; s++) {
            for (int n = 0; n < needs; n++) {
                suffix[s * needs + n] = Csv.field(p.settings().get(s).code()) + ',' + Csv.field(p.needs().get(n)) + ',';
            }
        }
        for (int y = 0; y < p.years(); y++) {
            int year = p.firstYear() + y;
            for (int a = 0; a < p.ages(); a++) {
                int age = p.minAge() + a;
                int ncy = Phase.ncy(age);
                for (int s = 0; s < settings; s++) {
                    for (int n = 0; n < needs; n++) {
                        int i = p.index(y, a, s, n);
                        sb.append(prefix).append(year).append(',').append(age).append(',').append(ncy).append(',')
                                .append(suffix[s * needs + n]);
                        value(sb, forecast, i, p.mean(i), disclosure).append(',');
                        value(sb, forecast, i, p.p10(i), disclosure).append(',');
                        value(sb, forecast, i, p.p50(i), disclosure).append(',');
                        value(sb, forecast, i, p.p90(i), disclosure).append('\n');
                    }
                }
                if (sb.length() >= FLUSH_AT) {
                    out.append(sb);
                    sb.setLength(0);
                }
            }
        }
    }
}
