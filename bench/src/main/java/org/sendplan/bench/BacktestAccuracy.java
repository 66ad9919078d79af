package org.sendplan.bench;

import org.sendplan.app.BacktestRoute;
import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeRelease;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.model.Dimension;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.cohort.CohortParameters;
import org.sendplan.model.evaluation.BacktestMetrics;
import org.sendplan.model.evaluation.Case;
import org.sendplan.model.evaluation.Combination;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.evaluation.TrackRecord;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The track record of every authority, out of sample: each base year's published central (the
 * median of its calibrated distribution) and band made with the choices the judge made on the
 * outturns published by then. Prints the tables of docs/validation.md: the total, provisions and
 * phases by years ahead against both naive baselines for base years 2012, 2016 and 2019 on, the
 * total by base year, the total's band ratio p90 / p10 at the last base, and the choices made at
 * each base year. The cohort estimator's own constants were chosen
 * on the January 2025 outturn ({@link CohortParameters#TUNED_ON_OUTTURN}), so the headline table
 * stops at the outturns before it; the table with it follows, marked.
 * Run: {@code mvn -q -B -DskipTests package && java -cp bench/target/benchmarks.jar org.sendplan.bench.BacktestAccuracy}
 */
public final class BacktestAccuracy {
    private BacktestAccuracy() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        DfeRelease rel = DfeReleaseReader.bundled();
        BacktestRoute route = new BacktestRoute(rel, DfeHistory.of(rel));
        TrackRecord judge = route.judge();
        List<RollingBacktest.Row> rows = judge.judge(route.pool());
        System.out.printf(Locale.ROOT, "track record of %d cases judged in %.1f s%n", rows.size(), (System.nanoTime() - t0) / 1e9);
        int tuned = CohortParameters.TUNED_ON_OUTTURN;
        for (int from : new int[]{RollingBacktest.FIRST_BASE_YEAR, 2016, 2019}) {
            table("Out of sample: base years " + from + " on, outturns before January " + tuned, rows,
                    r -> r.baseYear() >= from && r.baseYear() + r.horizon() < tuned);
        }
        table("Every outturn, January " + tuned + " included (in sample for the cohort estimator's constants)", rows, r -> true);
        System.out.println("\ntotal by base year (every outturn; January " + tuned + " in sample): | base | median APE h1..5 | bias % h1..5 | coverage h1..5 |");
        for (int b = RollingBacktest.FIRST_BASE_YEAR; b < judge.lastOutturn(); b++) {
            int bb = b;
            List<BacktestMetrics.Line> lb = BacktestMetrics.of(rows.stream().filter(r -> r.baseYear() == bb).toList());
            StringBuilder ape = new StringBuilder(), bias = new StringBuilder(), cov = new StringBuilder();
            for (int h = 1; h <= 5; h++) {
                BacktestMetrics.Line s = BacktestMetrics.find(lb, RollingBacktest.Method.SENDPLAN, h, Dimension.TOTAL);
                ape.append(s == null ? "   -  " : String.format(Locale.ROOT, " %5.1f", 100 * s.medianApe()));
                bias.append(s == null ? "   -  " : String.format(Locale.ROOT, " %+5.1f", 100 * s.biasPct()));
                cov.append(s == null ? "   -  " : String.format(Locale.ROOT, " %5.0f", 100 * s.coverage()));
            }
            System.out.printf(Locale.ROOT, "| %d |%s |%s |%s |%n", b, ape, bias, cov);
        }
        int at = judge.lastOutturn();
        System.out.printf(Locale.ROOT, "%ntotal's band at base %d, p90 / p10 = exp(e90 - e10), and its median's shift from the point forecast:%n", at);
        for (int h = 1; h <= judge.horizons(); h++) {
            double e10 = judge.stretchedError(Dimension.TOTAL, SummaryRow.ALL, h, at, 0.1), e50 = judge.stretchedError(Dimension.TOTAL, SummaryRow.ALL, h, at, 0.5),
                    e90 = judge.stretchedError(Dimension.TOTAL, SummaryRow.ALL, h, at, 0.9);
            System.out.printf(Locale.ROOT, "| %d | %.3f | %+.2f%% |%n", h, Math.exp(e90 - e10), 100 * Math.expm1(e50));
        }
        System.out.println("\nfixed combinations on the same out-of-sample cases (total; median APE by years ahead 1-5 | mean APE):");
        List<Case> oos = route.pool().stream().filter(c -> c.dimension() == Dimension.TOTAL && c.outturnYear() < tuned && !Double.isNaN(c.actual())).toList();
        for (Combination o : Combination.GRID) {
            StringBuilder sb = new StringBuilder();
            StringBuilder mean = new StringBuilder();
            for (int h = 1; h <= 5; h++) {
                int hh = h;
                double[] ape = oos.stream().filter(c -> c.horizon() == hh && c.actual() > 0)
                        .mapToDouble(c -> Math.abs(o.forecast(c) - c.actual()) / c.actual()).sorted().toArray();
                sb.append(String.format(Locale.ROOT, " %.2f", 100 * ape[ape.length / 2]));
                mean.append(String.format(Locale.ROOT, " %.2f", 100 * java.util.Arrays.stream(ape).average().orElse(0)));
            }
            System.out.printf(Locale.ROOT, "%.2f %.2f |%s |%s%n", o.ownWeight(), o.methodWeight(), sb, mean);
        }
        System.out.println("\nchoices by base year (made on the outturns published by then): | base | years ahead | combination | shift λ, shift s, spread λ, widening of the total |");
        for (int b = RollingBacktest.FIRST_BASE_YEAR; b <= judge.lastOutturn(); b++) {
            for (int h = 1; h <= judge.horizons(); h++) {
                StringBuilder sb = new StringBuilder();
                Dimension d = Dimension.TOTAL;
                sb.append(String.format(Locale.ROOT, " %.1f, %.1f, %.1f, %.1f |", judge.shiftRecency(d, b, h), judge.shift(d, b, h), judge.recency(d, b, h),
                        judge.widening(d, b, h)));
                System.out.printf(Locale.ROOT, "| %d | %d | %s |%s%n", b, h, judge.combination(b, h).describe(), sb);
            }
        }
    }

    private static void table(String title, List<RollingBacktest.Row> all, Predicate<RollingBacktest.Row> keep) {
        List<BacktestMetrics.Line> lines = BacktestMetrics.of(all.stream().filter(keep).toList());
        System.out.println("\n" + title + ":");
        for (Dimension d : new Dimension[]{Dimension.TOTAL, Dimension.PROVISION, Dimension.PHASE}) {
            System.out.println(d.code() + ": | years ahead | cases | median APE | mean APE | bias | relative MAE (vs last value) | p10–p90 coverage "
                    + "| last_value median / mean APE | last_growth median / mean APE |");
            for (int h = 1; h <= 5; h++) {
                BacktestMetrics.Line s = BacktestMetrics.find(lines, RollingBacktest.Method.SENDPLAN, h, d);
                BacktestMetrics.Line lv = BacktestMetrics.find(lines, RollingBacktest.Method.LAST_VALUE, h, d);
                BacktestMetrics.Line lg = BacktestMetrics.find(lines, RollingBacktest.Method.LAST_GROWTH, h, d);
                if (s == null) continue;
                System.out.printf(Locale.ROOT, "| %d | %d | %.2f%% | %.2f%% | %+.2f%% | %.2f | %s | %s | %s |%n", h, s.n(), 100 * s.medianApe(), 100 * s.mape(),
                        100 * s.biasPct(), s.relMae(), Double.isNaN(s.coverage()) ? "— (no band yet)" : String.format(Locale.ROOT, "%.1f%%", 100 * s.coverage()),
                        apes(lv), apes(lg));
            }
        }
    }

    private static String apes(BacktestMetrics.Line l) {
        return l == null ? "—" : String.format(Locale.ROOT, "%.2f%% / %.2f%%", 100 * l.medianApe(), 100 * l.mape());
    }
}
