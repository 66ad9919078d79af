package org.sendplan.reports;

import org.sendplan.model.RunResult;
import org.sendplan.model.benchmark.BenchmarkField;
import org.sendplan.model.benchmark.BenchmarkFigures;
import org.sendplan.model.benchmark.Benchmarking;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.scap.ScapForecast;
import org.sendplan.reports.DashboardView.Builder;
import org.sendplan.reports.DashboardView.Part;
import org.sendplan.reports.DashboardView.Row;
import org.sendplan.reports.DashboardView.Section;
import org.sendplan.reports.DashboardView.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's sections of what an authority publishes or returns to the DfE: the SCAP
 * specialist-place forecast, and how the area compares with its region, England and its nearest
 * neighbours.
 */
final class DashboardPublishSections {
    private DashboardPublishSections() {
    }

    /** The baseline's SCAP forecast: each type and stage by academic year, central with its band (as scap.csv and the SCAP sheet). */
    static Optional<Section> scap(RunResult run) {
        if (run.scap().isEmpty()) return Optional.empty();
        ScapForecast s = run.scap().get(0);
        List<AcademicYear> years = new ArrayList<>();
        Map<String, List<ScapForecast.StageYear>> rows = new LinkedHashMap<>();
        for (ScapForecast.StageYear y : s.stages()) {
            if (!years.contains(y.year())) years.add(y.year());
            String label = y.type().label() + ", " + y.stage().code() + " (" + ScapForecast.yearGroup(y.stage().firstNcy()) + "–"
                    + ScapForecast.yearGroup(y.stage().lastNcy()) + ")";
            rows.computeIfAbsent(label, k -> new ArrayList<>()).add(y);
        }
        years.sort(null);
        List<String> head = new ArrayList<>(List.of("Type of place, stage"));
        for (AcademicYear y : years) head.add(y.toString());
        List<Row> table = new ArrayList<>();
        rows.forEach((label, cells) -> {
            String[] shown = new String[years.size()];
            java.util.Arrays.fill(shown, "");
            for (ScapForecast.StageYear c : cells) {
                shown[years.indexOf(c.year())] = Shown.count(c.plans()) + (c.observed() ? " (observed)"
                        : " (" + Shown.count(c.p10()) + "–" + Shown.count(c.p90()) + ")");
            }
            table.add(Row.numbers(label, shown));
        });
        Builder b = new Builder(Part.SCAP)
                .paragraph("Children and young people with an EHC plan who will need a specialist place, by type of place and stage, for "
                        + "the DfE's school capacity survey; the first year is the January " + s.baseYear() + " census, observed. Each "
                        + "forecast carries its p10–p90 band in brackets. The same figures by year group are in scap.csv and the SCAP sheet.");
        s.notes().forEach(b::note);
        return Optional.of(b.table(new Table("SCAP specialist-place forecast, " + s.area().name() + ": central forecast (p10–p90)", head, table))
                .build());
    }

    /** The area beside its region, England and its nearest neighbours (benchmark.csv's figures). */
    static Optional<Section> benchmarking(RunResult run) {
        Benchmarking bm = run.benchmarking();
        if (bm == null) return Optional.empty();
        List<Row> rows = new ArrayList<>();
        for (Benchmarking.Row r : bm.rows()) {
            BenchmarkFigures f = r.figures();
            String who = switch (r.role()) {
                case AREA -> f.area().name();
                case REGION -> f.area().name() + " (region)";
                case ENGLAND -> "England";
                case NEIGHBOUR -> r.rank() + ". " + f.area().name();
            };
            List<String> cells = new ArrayList<>();
            for (BenchmarkField field : BenchmarkField.DASHBOARD) cells.add(shown(field, field.of(f)));
            cells.add(r.role() == Benchmarking.Role.NEIGHBOUR ? Shown.rate(r.distance()) : "");
            rows.add(Row.numbers(who, cells.toArray(String[]::new)));
        }
        Builder b = new Builder(Part.BENCHMARKING)
                .paragraph("EHC plans in January " + bm.year() + " beside the region, England and the ten authorities most like this one "
                        + "(nearest first, by standardised distance; the rule is in the notes). Per 1,000 pupils divides by the pupils of "
                        + "the school census year the notes give. The same figures, and more, are in benchmark.csv and the Benchmarking sheet.");
        bm.notes().forEach(b::note);
        List<String> head = new ArrayList<>(List.of("Area"));
        for (BenchmarkField field : BenchmarkField.DASHBOARD) head.add(field.label());
        head.add("Distance");
        return Optional.of(b.table(new Table("Benchmarking, " + bm.area().name() + ", January " + bm.year(), head, rows)).build());
    }

    /** A benchmark figure as the dashboard shows its unit. */
    private static String shown(BenchmarkField field, double v) {
        return switch (field.unit()) {
            case COUNT -> Shown.count(v);
            case RATE -> Shown.perThousand(v);
            case SHARE -> Shown.percent(v);
            case YEAR -> Double.isFinite(v) ? Integer.toString((int) v) : Shown.MISSING;
        };
    }
}
