package org.sendplan.reports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.sendplan.model.Area;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.benchmark.BenchmarkFigures;
import org.sendplan.model.benchmark.Benchmarking;
import org.sendplan.model.Provision;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.SufficiencyPlan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code summary.json}, pretty-printed (two-space indent, {@code \n}), fields in this order:
 * <pre>{@code
 * {
 *   "scenario" : "baseline",
 *   "area" : { "code" : "202", "newCode" : "E09000007", "name" : "Camden",
 *              "level" : "LOCAL_AUTHORITY", "region" : "London" },
 *   "baseYear" : 2025,
 *   "horizon" : 10,
 *   "totals" : [ { "year" : 2025, "mean" : 1234, "p025" : .., "p10" : .., "p50" : .., "p90" : ..,
 *                  "p975" : .., "observed" : true }, ... ],
 *   "provisions" : { "MAINSTREAM" : [ { "year" : 2025, "mean" : .., "p10" : .., "p90" : .. }, ... ], ... },
 *   "warnings" : [ { "series" : "..", "year" : 2023, "message" : "..", "baseYear" : false }, ... ],
 *   "method" : [ "..", ... ],
 *   "scenarios" : [ { ...the same object for each forecast... } ]
 * }
 * }</pre>
 * The top level is the first forecast; {@code "scenarios"} is present only when there are two or
 * more forecasts and then holds every forecast (the first one included) without a nested
 * {@code "scenarios"}. {@code totals} are the {@link Dimension#TOTAL} summary rows,
 * {@code observed} is {@code year == baseYear}; {@code provisions} are the
 * {@link Dimension#PROVISION} rows by group in first-appearance order. A warning's {@code year}
 * is {@code null} when it concerns no year. Numbers as {@link Numbers}; non-finite numbers are
 * {@code null}. With small counts suppressed ({@link Disclosure}), a hidden number is the string
 * {@code "c"} and {@code "suppression" : { "threshold" : 10, "marker" : "c", "note" : ".." }}
 * follows {@code "horizon"}. Same forecasts, same bytes.
 */
public final class SummaryJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SummaryJsonWriter() {
    }

    public static void write(List<Forecast> forecasts, Path file) throws IOException {
        writeOutcomes(forecasts.stream().map(f -> new Outcome(f, null)).toList(), file);
    }

    /**
     * With, for each outcome that has a plan, {@code "places"}: the first academic year of a
     * (median) shortfall per provision ({@code null} when none), and {@code "budget"}: the
     * financial year of the lowest mean cumulative DSG balance and that balance.
     */
    public static void writeOutcomes(List<Outcome> outcomes, Path file) throws IOException {
        writeOutcomes(outcomes, null, null, file);
    }

    /**
     * With {@code "backtest"} when {@code backtest} is not null: one line per years ahead for the
     * total, {@code { "horizon", "cases", "mape", "medianApe", "relMae", "coverage", "lastValueMape",
     * "lastGrowthMape" }}, shares as fractions (docs/data-formats.md, "summary.json"); and with
     * {@code "benchmarking"} when {@code benchmarking} is not null: its year, one object per row
     * (the area, region, England, the neighbours) and its notes.
     */
    public static void writeOutcomes(List<Outcome> outcomes, org.sendplan.model.evaluation.RollingBacktest.Result backtest,
                                     Benchmarking benchmarking, Path file) throws IOException {
        writeOutcomes(outcomes, backtest, benchmarking, file, Disclosure.NONE);
    }

    /** As {@link #writeOutcomes(List, org.sendplan.model.evaluation.RollingBacktest.Result, Benchmarking, Path)}, hiding what {@code disclosure} hides. */
    static void writeOutcomes(List<Outcome> outcomes, org.sendplan.model.evaluation.RollingBacktest.Result backtest,
                              Benchmarking benchmarking, Path file, Disclosure disclosure) throws IOException {
        List<Forecast> forecasts = outcomes.stream().map(Outcome::forecast).toList();
        if (forecasts.isEmpty()) {
            throw new IllegalArgumentException("no forecast to write");
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        try (OutputStream os = Files.newOutputStream(file);
             JsonGenerator g = FACTORY.createGenerator(os, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(printer);
            g.writeStartObject();
            fields(g, forecasts.get(0), disclosure);
            plan(g, outcomes.get(0).plan());
            if (backtest != null) backtest(g, backtest);
            if (benchmarking != null) benchmarking(g, benchmarking);
            if (forecasts.size() > 1) {
                g.writeArrayFieldStart("scenarios");
                for (Outcome o : outcomes) {
                    g.writeStartObject();
                    fields(g, o.forecast(), disclosure);
                    plan(g, o.plan());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void backtest(JsonGenerator g, org.sendplan.model.evaluation.RollingBacktest.Result bt) throws IOException {
        List<org.sendplan.model.evaluation.BacktestMetrics.Line> lines = org.sendplan.model.evaluation.BacktestMetrics.of(bt.rows());
        g.writeArrayFieldStart("backtest");
        for (int h = 1; h <= bt.maxHorizon(); h++) {
            var own = org.sendplan.model.evaluation.BacktestMetrics.find(lines, org.sendplan.model.evaluation.RollingBacktest.Method.SENDPLAN, h, Dimension.TOTAL);
            if (own == null) continue;
            var lv = org.sendplan.model.evaluation.BacktestMetrics.find(lines, org.sendplan.model.evaluation.RollingBacktest.Method.LAST_VALUE, h, Dimension.TOTAL);
            var lg = org.sendplan.model.evaluation.BacktestMetrics.find(lines, org.sendplan.model.evaluation.RollingBacktest.Method.LAST_GROWTH, h, Dimension.TOTAL);
            g.writeStartObject();
            g.writeNumberField("horizon", h);
            g.writeNumberField("cases", own.n());
            share(g, "mape", own.mape());
            share(g, "medianApe", own.medianApe());
            share(g, "relMae", own.relMae());
            share(g, "coverage", own.coverage());
            share(g, "lastValueMape", lv == null ? Double.NaN : lv.mape());
            share(g, "lastGrowthMape", lg == null ? Double.NaN : lg.mape());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void benchmarking(JsonGenerator g, Benchmarking b) throws IOException {
        g.writeObjectFieldStart("benchmarking");
        g.writeNumberField("year", b.year());
        g.writeArrayFieldStart("rows");
        for (Benchmarking.Row r : b.rows()) {
            BenchmarkFigures f = r.figures();
            g.writeStartObject();
            g.writeStringField("role", r.role().code());
            if (r.rank() > 0) g.writeNumberField("rank", r.rank());
            g.writeStringField("laCode", f.area().code());
            g.writeStringField("name", f.area().name());
            number(g, "plans", f.plans());
            number(g, "plansPer1000", f.plansPer1000());
            share(g, "growth1y", f.growth1());
            share(g, "growth5y", f.growth5());
            share(g, "specialShare", f.specialShare());
            share(g, "independentShare", f.independentShare());
            number(g, "newPlans", f.newPlans());
            number(g, "newPlansPer1000", f.newPlansPer1000());
            number(g, "pupils", f.pupils());
            if (f.pupilsYear() > 0) g.writeNumberField("pupilsYear", f.pupilsYear());
            number(g, "plansPer1000Pupils", f.plansPer1000Pupils());
            number(g, "newPlansPer1000Pupils", f.newPlansPer1000Pupils());
            number(g, "requests", f.requests());
            share(g, "requestsGrowth1y", f.requestsGrowth1());
            share(g, "requestsGrowth5y", f.requestsGrowth5());
            share(g, "assessedShare", f.assessedShare());
            number(g, "requestsPer1000", f.requestsPer1000());
            number(g, "requestsPer1000Pupils", f.requestsPer1000Pupils());
            if (r.rank() > 0) number(g, "distance", r.distance());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (String n : b.notes()) g.writeString(n);
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * {@code "bandCoverage"}: per roll-up (total, provision, phase), the share of past outturns
     * 1, 2, … years after their forecast that fell inside the band as it was made then (out of
     * sample; null where not measured); absent when the band is the simulation's own.
     */
    private static void bandCoverage(JsonGenerator g, Forecast f) throws IOException {
        if (!f.coverage().measured()) return;
        g.writeObjectFieldStart("bandCoverage");
        for (Dimension d : new Dimension[]{Dimension.TOTAL, Dimension.PROVISION, Dimension.PHASE}) {
            g.writeArrayFieldStart(d.code());
            for (int h = 1; h <= f.horizon(); h++) {
                double v = f.coverage().at(d, h);
                if (Double.isFinite(v)) g.writeNumber(Math.round(v * 10000) / 10000.0);
                else g.writeNull();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void share(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) g.writeNumberField(name, Math.round(v * 10000) / 10000.0);
        else g.writeNullField(name);
    }

    private static void plan(JsonGenerator g, SufficiencyPlan plan) throws IOException {
        if (plan == null) return;
        g.writeObjectFieldStart("places");
        g.writeNumberField("occupancy", plan.occupancy());
        g.writeBooleanField("illustrativeCapacity", plan.capacity().illustrative());
        g.writeObjectFieldStart("firstShortfall");
        for (Provision p : Provision.values()) {
            AcademicYear y = plan.firstShortfall().get(p);
            if (y == null) g.writeNullField(p.name());
            else g.writeStringField(p.name(), y.toString());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("budget");
        g.writeBooleanField("illustrativeFinance", plan.finance().illustrative());
        BudgetRow low = plan.lowestBalance();
        if (low == null) {
            g.writeNullField("lowestBalanceYear");
        } else {
            g.writeStringField("lowestBalanceYear", low.year().toString());
            number(g, "lowestBalance", low.cumulativeBalance());
        }
        g.writeEndObject();
    }

    private static void fields(JsonGenerator g, Forecast f, Disclosure disclosure) throws IOException {
        g.writeStringField("scenario", f.scenario());
        Area a = f.area();
        g.writeObjectFieldStart("area");
        g.writeStringField("code", a.code());
        g.writeStringField("newCode", a.newCode());
        g.writeStringField("name", a.name());
        g.writeStringField("level", a.level() == null ? null : a.level().name());
        g.writeStringField("region", a.region());
        g.writeEndObject();
        g.writeNumberField("baseYear", f.baseYear());
        g.writeNumberField("horizon", f.horizon());
        if (disclosure.active()) {
            g.writeObjectFieldStart("suppression");
            g.writeNumberField("threshold", disclosure.threshold());
            g.writeStringField("marker", Suppression.MARKER);
            g.writeStringField("note", disclosure.note());
            g.writeEndObject();
        }
        bandCoverage(g, f);

        g.writeArrayFieldStart("totals");
        for (SummaryRow r : f.summary(Dimension.TOTAL)) {
            g.writeStartObject();
            g.writeNumberField("year", r.year());
            number(g, "mean", r.mean(), disclosure.hides(f, r, r.mean()));
            number(g, "p025", r.p025(), disclosure.hides(f, r, r.p025()));
            number(g, "p10", r.p10(), disclosure.hides(f, r, r.p10()));
            number(g, "p50", r.p50(), disclosure.hides(f, r, r.p50()));
            number(g, "p90", r.p90(), disclosure.hides(f, r, r.p90()));
            number(g, "p975", r.p975(), disclosure.hides(f, r, r.p975()));
            g.writeBooleanField("observed", r.year() == f.baseYear());
            if (r.year() > f.baseYear()) g.writeStringField("band", f.coverage().label(Dimension.TOTAL, r.year() - f.baseYear()));
            g.writeEndObject();
        }
        g.writeEndArray();

        SummaryTable provisions = SummaryTable.of(f, Dimension.PROVISION, disclosure);
        g.writeObjectFieldStart("provisions");
        for (int gi = 0; gi < provisions.groups.size(); gi++) {
            g.writeArrayFieldStart(provisions.groups.get(gi));
            for (int y = 0; y < provisions.years.length; y++) {
                SummaryRow r = provisions.row(gi, y);
                if (r == null) continue;
                g.writeStartObject();
                g.writeNumberField("year", r.year());
                number(g, "mean", r.mean(), provisions.hides(gi, y, r.mean()));
                number(g, "p10", r.p10(), provisions.hides(gi, y, r.p10()));
                number(g, "p90", r.p90(), provisions.hides(gi, y, r.p90()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();

        g.writeArrayFieldStart("warnings");
        for (DataWarning w : f.warnings()) {
            g.writeStartObject();
            g.writeStringField("series", w.series());
            if (w.year() > 0) {
                g.writeNumberField("year", w.year());
            } else {
                g.writeNullField("year");
            }
            g.writeStringField("message", w.message());
            g.writeBooleanField("baseYear", w.base());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("method");
        for (String m : f.method()) {
            g.writeString(m);
        }
        g.writeEndArray();
    }

    /** A number, or the suppression marker (a string) when it is hidden. */
    private static void number(JsonGenerator g, String name, double v, boolean hidden) throws IOException {
        if (hidden) g.writeStringField(name, Suppression.MARKER);
        else number(g, name, v);
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        if (Double.isFinite(v)) {
            g.writeNumber(Numbers.format(v));
        } else {
            g.writeNull();
        }
    }
}
