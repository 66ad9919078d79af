package org.sendplan.model.rollup;

import org.sendplan.model.Dimension;
import org.sendplan.model.Phase;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The summary rows of a forecast, read from its draws: for each roll-up and year the true mean
 * of the draws and their quantiles. The one place the DfE route's summary.csv figures are made,
 * so that the central figure (p50), the mean, every band, places and money describe the same
 * draws. Rows in year order; within a year the total, provisions, the kept roll-ups (settings,
 * needs) in their order, then phases.
 */
public final class DrawSummary {
    private DrawSummary() {
    }

    /** The mean of the total's draws in year index y: the mean its summary row gives, without the row's quantiles. */
    public static double totalMean(PlacementDraws draws, int y) {
        double s = 0;
        for (int k = 0; k < draws.simulations(); k++) s += draws.total(y, k);
        return s / draws.simulations();
    }

    public static List<SummaryRow> rows(PlacementDraws draws) {
        List<SummaryRow> rows = new ArrayList<>();
        Quantiles q = new Quantiles();
        int n = draws.simulations();
        double[] v = new double[n];
        for (int y = 0; y < draws.years(); y++) {
            int year = draws.firstYear() + y;
            boolean exact = y == 0;
            for (int k = 0; k < n; k++) v[k] = draws.total(y, k);
            rows.add(q.row(year, Dimension.TOTAL, SummaryRow.ALL, v, exact));
            for (Provision p : Provision.values()) {
                for (int k = 0; k < n; k++) v[k] = draws.provision(y, p, k);
                rows.add(q.row(year, Dimension.PROVISION, p.name(), v, exact));
            }
            for (Map.Entry<PlacementDraws.Group, double[][]> g : draws.groups().entrySet()) {
                rows.add(q.row(year, g.getKey().dimension(), g.getKey().name(), g.getValue()[y], exact));
            }
            for (Phase ph : Phase.values()) {
                for (int k = 0; k < n; k++) v[k] = draws.phase(y, ph, k);
                rows.add(q.row(year, Dimension.PHASE, ph.code(), v, exact));
            }
        }
        return rows;
    }
}
