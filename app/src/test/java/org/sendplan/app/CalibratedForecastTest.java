package org.sendplan.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.data.PopulationReader;
import org.sendplan.model.Area;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.evaluation.TrackRecord;
import org.sendplan.model.rollup.Quantiles;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default forecast of Stockton-on-Tees, made and banded as the track record of every authority chose. */
class CalibratedForecastTest {
    private static Forecast f;
    private static TrackRecord judge;

    @BeforeAll
    static void run() {
        CheckedRelease release = new CheckedRelease(DfeReleaseReader.bundled());
        Area area = release.areas().resolve(RunDefaults.LA);
        BacktestRoute backtests = new BacktestRoute(release, DfeHistory.of(release.release()));
        DfeRoute route = new DfeRoute(release, new DfeRoute.Request(area, null, RunDefaults.HORIZON, PopulationReader.bundled(area.newCode()),
                new PupilRoute.Files(null, null, null), PupilRoute.Denominator.POPULATION, RunDefaults.SIMULATIONS, RunDefaults.SEED, false), () -> backtests);
        f = route.project(List.of(), false).forecasts().get(0);
        judge = backtests.judge();
    }

    private static SummaryRow row(Dimension d, String group, int year) {
        return f.summary(d).stream().filter(r -> r.group().equals(group) && r.year() == year).findFirst().orElseThrow();
    }

    @Test
    void theBandsAreTheTrackRecordsAroundTheCentralForecast() {
        for (int h = 1; h <= RunDefaults.HORIZON; h++) {
            SummaryRow t = row(Dimension.TOTAL, SummaryRow.ALL, 2025 + h);
            double[] band = judge.band(Dimension.TOTAL, SummaryRow.ALL, h, 2025, t.mean());
            assertEquals(band[0], t.p10(), 1e-9, "p10 " + h);
            assertEquals(band[1], t.p90(), 1e-9, "p90 " + h);
            // provisions add up to the central total (every roll-up is scaled alike)
            double sum = 0;
            for (Provision p : Provision.values()) sum += row(Dimension.PROVISION, p.name(), 2025 + h).mean();
            assertEquals(t.mean(), sum, 1e-6 * t.mean(), "provisions add up " + h);
        }
    }

    /**
     * The draws that places and money use carry the calibrated band of the total: each
     * simulation's total sits at its rank's widened past error, so their p10 and p90 are the
     * band's (R's type 7 on 1000 draws interpolates between neighbouring ranks: 0.5% allows for it).
     */
    @Test
    void theDrawsCarryTheCalibratedBandOfTheTotal() {
        PlacementDraws d = f.draws();
        Quantiles q = new Quantiles();
        for (int y = 1; y < d.years(); y++) {
            double[] total = new double[d.simulations()];
            for (int k = 0; k < total.length; k++) for (Provision p : Provision.values()) total[k] += d.provision(y, p, k);
            q.of(total);
            SummaryRow t = row(Dimension.TOTAL, SummaryRow.ALL, 2025 + y);
            assertEquals(t.p10(), q.at(10), 0.005 * t.p10(), "p10 " + (2025 + y));
            assertEquals(t.p90(), q.at(90), 0.005 * t.p90(), "p90 " + (2025 + y));
        }
    }

    @Test
    void theLabelsSayWhatWasMeasured() {
        for (int h = 1; h <= judge.horizons(); h++) {
            double c = judge.coverage(Dimension.TOTAL, h, 2025);
            assertEquals(c, f.coverage().at(Dimension.TOTAL, h), 0);
            String label = f.coverage().label(Dimension.TOTAL, h);
            assertEquals(c >= 0.75 && c <= 0.85, label.startsWith("80% band"), label + " at coverage " + c);
            assertTrue(label.endsWith(org.sendplan.model.BandCoverage.EVERY_AUTHORITY + (label.startsWith("80%") ? ")" : "")),
                    "pooled coverage says so: " + label);
        }
        assertTrue(Double.isNaN(f.coverage().at(Dimension.TOTAL, 6)));
        assertEquals("p10–p90, not validated 6 years ahead", f.coverage().label(Dimension.TOTAL, 6));
    }
}
