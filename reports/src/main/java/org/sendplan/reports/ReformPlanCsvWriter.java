package org.sendplan.reports;

import org.sendplan.model.reform.ChangeSplit;
import org.sendplan.model.reform.ReformPlan;
import org.sendplan.model.reform.ReformTable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the local SEND reform plan's data tables ({@link ReformPlan}) of every outcome as one
 * long file, {@code reform-plan.csv}, and where each year's change comes from,
 * {@code change-split.csv}.
 *
 * <pre>scenario,la_code,table,row,calendar_year,census_year,status,value,note</pre>
 * One row per outcome × table × row (the table's rows, then {@code total}) × year, in that order;
 * tables and rows by their codes only (their titles and labels are on the sheet: repeated on every
 * row they made the file of every authority of a batch 46 MB).
 * {@code calendar_year} is the template's year label, {@code census_year} the January census whose
 * plans it holds (calendar year + 1); {@code status} {@code observed} or {@code forecast};
 * {@code value} a whole number, empty where the row is not a figure of its own (counted in
 * another, said in {@code note}).
 *
 * <pre>scenario,la_code,calendar_year,census_year,plans_before,plans,change,population_part,rate_part,population_before,population,plans_per_1000_before,plans_per_1000</pre>
 * One row per outcome × year after the first that has a population; {@code population_part} +
 * {@code rate_part} = {@code change} = {@code plans} − {@code plans_before}; populations are
 * persons aged 0–25 at mid-year {@code calendar_year} (and the year before). Numbers as
 * {@link Numbers}. UTF-8, {@code \n} line ends.
 */
public final class ReformPlanCsvWriter {
    public static final String FILE = "reform-plan.csv";
    public static final String SPLIT_FILE = "change-split.csv";
    public static final String HEADER = "scenario,la_code,table,row,calendar_year,census_year,status,value,note";
    public static final String SPLIT_HEADER = "scenario,la_code,calendar_year,census_year,plans_before,plans,change,population_part,rate_part,"
            + "population_before,population,plans_per_1000_before,plans_per_1000";

    private ReformPlanCsvWriter() {
    }

    public static void write(List<ReformPlan> plans, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 17).append(HEADER).append('\n');
        for (ReformPlan p : plans) {
            String prefix = Csv.prefix(p.scenario(), p.area().code());
            for (ReformTable t : p.tables()) {
                String table = prefix + Csv.field(t.number()) + ',';
                for (ReformTable.Row r : t.rows()) row(sb, p, table, r);
                row(sb, p, table, t.total());
            }
        }
        Csv.write(sb, file);
    }

    private static void row(StringBuilder sb, ReformPlan p, String table, ReformTable.Row r) {
        for (int y = 0; y < p.years().size(); y++) {
            sb.append(table);
            Csv.field(sb, r.code()).append(',');
            sb.append(p.years().get(y)).append(',').append(p.census(y)).append(',').append(p.observed(y) ? "observed" : "forecast").append(',');
            Numbers.append(sb, r.value(y)).append(',');
            Csv.field(sb, r.note()).append('\n');
        }
    }

    /** {@code change-split.csv}: the outcomes that have a split (a population), in order. */
    public static void writeSplit(List<ReformPlan> plans, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 12).append(SPLIT_HEADER).append('\n');
        for (ReformPlan p : plans) {
            if (p.split() == null) continue;
            String prefix = Csv.prefix(p.scenario(), p.area().code());
            for (ChangeSplit.Step s : p.split().steps()) {
                sb.append(prefix).append(s.year()).append(',').append(s.year() + 1).append(',').append(s.plansBefore()).append(',')
                        .append(s.plans()).append(',').append(s.change()).append(',').append(s.populationPart()).append(',').append(s.ratePart())
                        .append(',');
                Numbers.append(sb, s.populationBefore()).append(',');
                Numbers.append(sb, s.population()).append(',');
                Numbers.append(sb, s.per1000Before()).append(',');
                Numbers.append(sb, s.per1000()).append('\n');
            }
        }
        Csv.write(sb, file);
    }
}
