package org.sendplan.model.money;

import org.sendplan.model.Provision;

import java.util.ArrayList;
import java.util.List;

/**
 * Home-to-school transport of one provision in one financial year: the children transported
 * (financial-year placements × the share transported) × the inflated cost per child. It is the
 * council's general-fund cost, reported beside the DSG and never in its balance.
 *
 * @param costPerChild inflated, in pence
 */
public record TransportRow(FinancialYear year, Provision provision, double placements, double share, double children,
                           double costPerChild, double cost) {
    /** Every costed provision's row by financial year (none when finance.yaml has no transport). */
    public static List<TransportRow> of(SufficiencyPlan plan) {
        List<TransportRow> out = new ArrayList<>();
        Finance f = plan.finance();
        for (CostRow c : plan.costs()) {
            TransportCost t = f.transport().get(c.provision());
            if (t == null) continue;
            double perChild = Math.round(f.inflated(t.costPerChild(), c.year()) * 100) / 100.0;
            // children to 3 decimals, as written, so that cost = children × cost per child holds in transport.csv
            double children = Math.round(c.placements() * t.share() * 1000) / 1000.0;
            out.add(new TransportRow(c.year(), c.provision(), c.placements(), t.share(), children, perChild, children * perChild));
        }
        return out;
    }
}
