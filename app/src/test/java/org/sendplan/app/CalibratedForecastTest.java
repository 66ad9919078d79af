package org.sendplan.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.data.PopulationReader;
import org.sendplan.model.Area;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.evaluation.LongHorizon;
import org.sendplan.model.evaluation.TrackRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default forecast of Stockton-on-Tees, made and banded as the track record of every authority chose. */
class CalibratedForecastTest {
    private static Forecast f;
    private static TrackRecord judge;
    private static LongHorizon longHorizon;

    @BeforeAll
    static void run() {
        CheckedRelease release = new CheckedRelease(DfeReleaseReader.bundled());
        Area area = release.areas().resolve(RunDefaults.LA);
        BacktestRoute backtests = new BacktestRoute(release, DfeHistory.of(release.release()));
        DfeRoute route = new DfeRoute(release, new DfeRoute.Request(area, null, RunDefaults.HORIZON, PopulationReader.bundled(area.newCode()),
                new PupilRoute.Files(null, null, null), PupilRoute.Denominator.POPULATION, RunDefaults.SIMULATIONS, RunDefaults.SEED, false, true), () -> backtests);
        f = route.project(List.of(), false).forecasts().get(0);
        judge = backtests.judge();
        longHorizon = release.longHorizon(area, 2025);
    }

    private static SummaryRow row(Dimension d, String group, int year) {
        return f.summary(d).stream().filter(r -> r.group().equals(group) && r.year() == year).findFirst().orElseThrow();
    }

    /**
     * The central figure (p50) is the judged point forecast moved by the chosen share of the median past error, and
     * the p10 and p90 are the track record's band about that point (the p90 held at the ceiling
     * where it binds): the point is recovered from the p50 and the band rebuilt from the judge.
     */
    @Test
    void theBandsAreTheTrackRecordsAboutTheJudgedPointForecast() {
        for (int h = 1; h <= judge.horizons(); h++) {
            SummaryRow t = row(Dimension.TOTAL, SummaryRow.ALL, 2025 + h);
            double e50 = judge.stretchedError(Dimension.TOTAL, SummaryRow.ALL, h, 2025, 0.5);
            double point = (t.central() + 1) / Math.exp(e50) - 1;
            double[] band = judge.band(Dimension.TOTAL, SummaryRow.ALL, h, 2025, point);
            double ceiling = longHorizon.ceilingAt(h);
            // type 7 on 1000 draws interpolates between neighbouring ranks (u = 0.0991 and 0.1001 for p10): 0.1% allows for it
            assertEquals(Math.min(band[0], ceiling), t.p10(), 1e-3 * t.p10(), "p10 " + h);
            assertEquals(Math.min(band[1], ceiling), t.p90(), 1e-3 * t.p90(), "p90 " + h);
        }
    }

    /** Every roll-up's means add up to the total's, every year, and no draw passes the ceiling. */
    @Test
    void rollUpsAddUpAndTheCeilingHolds() {
        for (SummaryRow t : f.summary(Dimension.TOTAL)) {
            for (Dimension d : new Dimension[]{Dimension.PROVISION, Dimension.SETTING, Dimension.NEED, Dimension.PHASE}) {
                double sum = f.summary(d).stream().filter(r -> r.year() == t.year()).mapToDouble(SummaryRow::mean).sum();
                assertEquals(t.mean(), sum, 1e-4 * t.mean(), d + " " + t.year());
            }
            assertTrue(t.p975() <= longHorizon.ceilingAt(t.year() - 2025) * (1 + 1e-9), t.toString());
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
        assertEquals("p10–p90, not validated 6 years ahead (growth a random walk, under a ceiling)", f.coverage().label(Dimension.TOTAL, 6));
    }
}
