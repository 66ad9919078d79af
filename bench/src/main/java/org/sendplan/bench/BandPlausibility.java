package org.sendplan.bench;

import org.sendplan.app.BacktestRoute;
import org.sendplan.app.CheckedRelease;
import org.sendplan.app.DfeRoute;
import org.sendplan.app.PupilRoute;
import org.sendplan.app.RunDefaults;
import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeRelease;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.data.PopulationReader;
import org.sendplan.model.Area;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.evaluation.LongHorizon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The default forecast (ten years, 1000 draws, seed 42) of every authority, region and England:
 * the widest p10–p90 of the total five and ten years ahead (as p90 / p10), any total whose mean
 * lies outside its own p10–p90, and any p97.5 above the ceiling the rule states.
 * Run: {@code mvn -q -B -DskipTests package && java -cp bench/target/benchmarks.jar org.sendplan.bench.BandPlausibility}
 */
public final class BandPlausibility {
    private BandPlausibility() {
    }

    public static void main(String[] args) {
        DfeRelease release = DfeReleaseReader.bundled();
        CheckedRelease checked = new CheckedRelease(release);
        BacktestRoute backtests = new BacktestRoute(checked, DfeHistory.of(release));
        List<Area> areas = new ArrayList<>(checked.areas().all());
        double worst5 = 0, worst10 = 0;
        String at5 = "", at10 = "";
        int meansOutside = 0, aboveCeiling = 0, n = 0;
        for (Area a : areas) {
            DfeRoute route = new DfeRoute(checked, new DfeRoute.Request(a, null, RunDefaults.HORIZON, PopulationReader.bundled(a.newCode()),
                    new PupilRoute.Files(null, null, null), PupilRoute.Denominator.POPULATION, RunDefaults.SIMULATIONS, RunDefaults.SEED, false, true),
                    () -> backtests);
            Forecast f;
            try {
                f = route.project(List.of(), false).forecasts().get(0);
            } catch (RuntimeException e) {
                System.out.println("skipped " + a.name() + ": " + e.getMessage());
                continue;
            }
            LongHorizon rule = checked.longHorizon(a, f.baseYear());
            n++;
            for (SummaryRow r : f.summary(Dimension.TOTAL)) {
                int h = r.year() - f.baseYear();
                double ratio = r.p90() / r.p10();
                if (h == 5 && ratio > worst5) {
                    worst5 = ratio;
                    at5 = a.name();
                }
                if (h == 10 && ratio > worst10) {
                    worst10 = ratio;
                    at10 = a.name();
                }
                if (r.mean() < r.p10() - 1e-9 || r.mean() > r.p90() + 1e-9) meansOutside++;
                if (r.p975() > rule.ceilingAt(h) * (1 + 1e-9)) aboveCeiling++;
            }
        }
        System.out.printf(Locale.ROOT, "%d areas (authorities, regions, England): widest p90/p10 of the total %.2f five years ahead (%s), "
                + "%.2f ten years ahead (%s); %d means outside their p10-p90; %d p97.5 above the ceiling%n", n, worst5, at5, worst10, at10,
                meansOutside, aboveCeiling);
    }
}
