package org.sendplan.model.cohort;

import org.sendplan.model.Area;
import org.sendplan.model.Assumption;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Forecast;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Projection;
import org.sendplan.model.rollup.DrawSummary;

import java.util.List;

/**
 * A cohort projection's simulations before their roll-ups are summarised: {@link #summarised}
 * makes the forecast of them; the calibration maps the draws first and summarises its own, reading
 * only the total's mean from these (summarising both was a tenth of a batch's time).
 */
public record Simulated(String scenario, Area area, int baseYear, int horizon, Projection projection, List<Assumption> assumptions,
                        List<DataWarning> warnings, List<String> method, PlacementDraws draws) {

    /** The forecast: every roll-up's mean and quantiles read from the draws ({@link DrawSummary}). */
    public Forecast summarised() {
        return new Forecast(scenario, area, baseYear, horizon, projection, DrawSummary.rows(draws), assumptions, warnings, method, draws);
    }

    /** The mean of the total's draws h years ahead, as its summary row gives it. */
    public double totalMean(int h) {
        return DrawSummary.totalMean(draws, h);
    }
}
