package org.sendplan.model;

import java.util.List;

/**
 * Everything one forecast run produced, as the reports need it.
 *
 * @param scenario    scenario name ({@code baseline} for now)
 * @param area        what was forecast
 * @param baseYear    the January census the projection starts from (observed)
 * @param horizon     years projected after the base year
 * @param projection  the cell-level projection (base year included)
 * @param summary     the roll-ups, in year, dimension, group order
 * @param assumptions every rate and parameter used, with its source
 * @param warnings    data-quality findings and fallbacks, in the order found
 * @param method      one paragraph per method note (what was used, how it degraded)
 * @param draws       plans by provision and phase in every simulation (null when settings
 *                    have no provision mapping)
 * @param coverage    how often bands made this way contained the outturn, out of sample
 */
public record Forecast(String scenario, Area area, int baseYear, int horizon, Projection projection,
                       List<SummaryRow> summary, List<Assumption> assumptions, List<DataWarning> warnings,
                       List<String> method, PlacementDraws draws, BandCoverage coverage) {
    public Forecast {
        summary = List.copyOf(summary);
        assumptions = List.copyOf(assumptions);
        warnings = List.copyOf(warnings);
        method = List.copyOf(method);
    }

    /** A forecast whose bands are the simulation's, their coverage not measured. */
    public Forecast(String scenario, Area area, int baseYear, int horizon, Projection projection, List<SummaryRow> summary,
                    List<Assumption> assumptions, List<DataWarning> warnings, List<String> method, PlacementDraws draws) {
        this(scenario, area, baseYear, horizon, projection, summary, assumptions, warnings, method, draws, BandCoverage.UNMEASURED);
    }

    /** A forecast without simulation draws (roll-ups only). */
    public Forecast(String scenario, Area area, int baseYear, int horizon, Projection projection, List<SummaryRow> summary,
                    List<Assumption> assumptions, List<DataWarning> warnings, List<String> method) {
        this(scenario, area, baseYear, horizon, projection, summary, assumptions, warnings, method, null);
    }

    /** The summary rows of one dimension, in year then group order. */
    public List<SummaryRow> summary(Dimension dimension) {
        return summary.stream().filter(r -> r.dimension() == dimension).toList();
    }
}
