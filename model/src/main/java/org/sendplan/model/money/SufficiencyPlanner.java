package org.sendplan.model.money;

import org.sendplan.model.Assumption;
import org.sendplan.model.Forecast;
import org.sendplan.model.Phase;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Provision;
import org.sendplan.model.rollup.Quantiles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sets a projection against capacity and money, simulation by simulation so that every band
 * is the band of its own sum:
 * <ul>
 *   <li>demand for a provision in academic year Y/Y+1 is the January Y+1 projection;</li>
 *   <li>where demand exceeds capacity × occupancy in a provision with an overflow route, the
 *       excess is placed in the overflow provision (chains followed: resourced → state special
 *       → independent special); nobody is created or lost, and each provision's children
 *       placed after overflow are reported beside its demand;</li>
 *   <li>the additional places a commissioned provision needs so that nobody overflows out of it
 *       are its shortfall in whole places, at median and at p90 demand;</li>
 *   <li>cost in financial year F = unit cost in F × (5/12 × placements in F−1/F + 7/12 ×
 *       placements in F/F+1), after overflow, unit cost inflated from the price year;</li>
 *   <li>place funding is paid on commissioned places, filled or not: where a provision has
 *       capacity and its unit cost a place-funding part, that part is paid on the larger of
 *       capacity and placements, the top-up on the placements;</li>
 *   <li>in-year DSG balance = High Needs Block income (allocation, import/export adjustment, block
 *       transfers) − cost − other spend (fixed and named DSG lines); the cumulative balance carries
 *       forward from the opening balance. {@link DsgManagementPlan} lays the same figures out in
 *       the DfE template's lines.</li>
 * </ul>
 */
public final class SufficiencyPlanner {
    private static final Provision[] P = Provision.values();

    private SufficiencyPlanner() {
    }

    /** An overflow route that would send children round in a circle. */
    public static final class OverflowCycleException extends IllegalArgumentException {
        public OverflowCycleException(String message) {
            super(message);
        }
    }

    public static SufficiencyPlan plan(Forecast forecast, Capacity capacity, Finance finance, double occupancy) {
        PlacementDraws draws = forecast.draws();
        if (draws == null) throw new IllegalArgumentException("the forecast has no provision mapping to plan places for");
        if (!(occupancy > 0 && occupancy <= 1)) throw new IllegalArgumentException("occupancy must be in (0, 1]");
        int years = draws.years(), sims = draws.simulations();
        double[][] capsByYear = capacities(capacity, draws.firstYear(), years);
        // placements[h][p][k] after overflow; overflow[h][p][k] out of p
        double[][][] overflow = new double[years][P.length][sims];
        double[][][] placements = placements(draws, capsByYear, finance, occupancy, overflow);
        Quantiles q = new Quantiles();
        List<PlacesRow> places = new ArrayList<>();
        Map<Provision, AcademicYear> firstShortfall = new EnumMap<>(Provision.class);
        for (int h = 0; h < years; h++) {
            AcademicYear ay = AcademicYear.ofCensus(draws.firstYear() + h);
            for (Provision p : P) {
                double[] d = new double[sims];
                for (int k = 0; k < sims; k++) d[k] = draws.provision(h, p, k);
                double overflowP50 = q.of(overflow[h][p.ordinal()]).at(50), placedP50 = q.of(placements[h][p.ordinal()]).at(50);
                PlacesRow row = placesRow(ay, p, null, d, capacity.places(p, ay), occupancy, overflowP50, placedP50, q);
                places.add(row);
                if (row.shortOfPlaces() && !firstShortfall.containsKey(p)) firstShortfall.put(p, ay);
                if (capacity.byPhase(p)) {
                    for (Phase ph : Phase.values()) {
                        double cap = capacity.places(p, ph, ay);
                        if (Double.isNaN(cap)) continue;
                        double[] dp = new double[sims];
                        for (int k = 0; k < sims; k++) dp[k] = draws.get(h, p, ph, k);
                        places.add(placesRow(ay, p, ph, dp, cap, occupancy, Double.NaN, Double.NaN, q));
                    }
                }
            }
        }
        // costs and budget by financial year: F needs academic years F−1/F and F/F+1
        List<CostRow> costs = new ArrayList<>();
        List<BudgetRow> budget = new ArrayList<>();
        double[] cumulative = new double[sims];
        java.util.Arrays.fill(cumulative, finance.openingBalance());
        double cumulativeMean = finance.openingBalance();
        FinancialYear lowest = null;
        double lowestValue = Double.POSITIVE_INFINITY;
        for (int h = 0; h + 1 < years; h++) {
            FinancialYear fy = new FinancialYear(draws.firstYear() + h);
            double[] total = new double[sims];
            double costOfYear = 0;
            for (Provision p : P) {
                ProvisionCost c = cost(placements, capsByYear, finance, h, p, fy);
                for (int k = 0; k < sims; k++) total[k] += c.draws()[k];
                costOfYear += c.mean();
                q.of(c.draws());
                costs.add(new CostRow(fy, p, c.placementsMean(), c.unit(), c.mean(), q.at(10), q.at(90), c.fundedMean(), c.placeUnit()));
            }
            // income: the allocation with its adjustments and transfers; other: fixed spending, the named DSG lines
            // and the support layer (children a reform meets without a plan, at its own cost per child, draw by draw)
            double hnb = finance.income(fy), fixed = finance.otherAndLines(fy);
            double perChild = Math.round(finance.supportLayerCost(fy) * 100) / 100.0;
            double layerSum = 0;
            for (int k = 0; k < sims; k++) {
                double layer = FinancialYear.SHARE_OF_EARLIER_ACADEMIC_YEAR * draws.supportLayer(h, k)
                        + FinancialYear.SHARE_OF_LATER_ACADEMIC_YEAR * draws.supportLayer(h + 1, k);
                layerSum += layer;
                cumulative[k] += hnb - total[k] - fixed - perChild * layer;
            }
            double layerMean = Math.round(layerSum / sims * 1000) / 1000.0, layerSpend = perChild * layerMean;
            double other = fixed + layerSpend;
            double costMean = costOfYear;
            double inYear = hnb - costMean - other;
            cumulativeMean += inYear;
            q.of(cumulative);
            budget.add(new BudgetRow(fy, hnb, costMean, other, inYear, cumulativeMean, q.at(10), q.at(90), layerMean, layerSpend));
            if (cumulativeMean < lowestValue) {
                lowestValue = cumulativeMean;
                lowest = fy;
            }
        }
        return new SufficiencyPlan(capacity, finance, occupancy, places, costs, budget, firstShortfall, lowest,
                assumptions(capacity, finance, occupancy, draws), notes(capacity, finance, layered(draws)));
    }

    /**
     * The mean cost of the first financial year, as {@link #plan} gives it in its first budget
     * row, without the rest of the plan (for an allocation set from it).
     */
    public static double firstYearCost(Forecast forecast, Capacity capacity, Finance finance, double occupancy) {
        PlacementDraws draws = forecast.draws();
        int sims = draws.simulations();
        double[][] caps = capacities(capacity, draws.firstYear(), 2);
        double[][][] placements = placements(draws, caps, finance, occupancy, new double[2][P.length][sims]);
        FinancialYear fy = new FinancialYear(draws.firstYear());
        double cost = 0;
        for (Provision p : P) cost += cost(placements, caps, finance, 0, p, fy).mean();
        return cost;
    }

    /** Capacity of each provision in the academic year of each census from the first, looked up once (the lookup sorts the rows). */
    private static double[][] capacities(Capacity capacity, int firstYear, int years) {
        double[][] caps = new double[years][P.length];
        for (int h = 0; h < years; h++) {
            AcademicYear ay = AcademicYear.ofCensus(firstYear + h);
            for (Provision p : P) caps[h][p.ordinal()] = capacity.places(p, ay);
        }
        return caps;
    }

    /** Placements [h][p][k] of the first caps.length years after overflow; what left each provision goes into {@code overflow}. */
    private static double[][][] placements(PlacementDraws draws, double[][] caps, Finance finance, double occupancy, double[][][] overflow) {
        int years = caps.length, sims = draws.simulations();
        List<Provision> order = overflowOrder(finance.overflow());
        double[][][] placements = new double[years][P.length][sims];
        for (int h = 0; h < years; h++) {
            for (int k = 0; k < sims; k++) {
                double[] demand = new double[P.length];
                for (Provision p : P) demand[p.ordinal()] = draws.provision(h, p, k);
                for (Provision p : order) {
                    Provision to = finance.overflow().get(p);
                    double cap = caps[h][p.ordinal()];
                    if (to == null || Double.isNaN(cap)) continue;
                    double limit = cap * occupancy;
                    double excess = demand[p.ordinal()] - limit;
                    if (excess > 0) {
                        demand[p.ordinal()] = limit;
                        demand[to.ordinal()] += excess;
                        overflow[h][p.ordinal()][k] = excess;
                    }
                }
                for (Provision p : P) placements[h][p.ordinal()][k] = demand[p.ordinal()];
            }
        }
        return placements;
    }

    /** A provision's cost in one financial year: in each draw, and its mean from the rounded means, as costs.csv writes them. */
    private record ProvisionCost(double[] draws, double mean, double placementsMean, double fundedMean, double unit, double placeUnit) {
    }

    /** The cost of provision p in financial year fy, made of academic years h and h + 1. */
    private static ProvisionCost cost(double[][][] placements, double[][] caps, Finance finance, int h, Provision p, FinancialYear fy) {
        int sims = placements[h][p.ordinal()].length;
        // unit costs in pence and mean placements to 3 decimals, as written, so that
        // cost = place funding × funded places + top-up × placements holds exactly in costs.csv
        double unit = Math.round(finance.unitCost(p, fy) * 100) / 100.0;
        UnitCost parts = finance.unitCosts().get(p);
        double before = caps[h][p.ordinal()], after = caps[h + 1][p.ordinal()];
        // place funding on commissioned places: only where the provision has capacity and a place-funding part
        boolean commissioned = parts != null && parts.placeFunding() > 0 && !Double.isNaN(before) && !Double.isNaN(after);
        double placeUnit = commissioned ? Math.round(finance.inflated(parts.placeFunding(), fy) * 100) / 100.0 : 0;
        double[] cost = new double[sims];
        double placementsSum = 0, fundedSum = 0;
        for (int k = 0; k < sims; k++) {
            double a = placements[h][p.ordinal()][k], b = placements[h + 1][p.ordinal()][k];
            double fyPlacements = FinancialYear.SHARE_OF_EARLIER_ACADEMIC_YEAR * a + FinancialYear.SHARE_OF_LATER_ACADEMIC_YEAR * b;
            double fyFunded = commissioned ? FinancialYear.SHARE_OF_EARLIER_ACADEMIC_YEAR * Math.max(before, a)
                    + FinancialYear.SHARE_OF_LATER_ACADEMIC_YEAR * Math.max(after, b) : fyPlacements;
            placementsSum += fyPlacements;
            fundedSum += fyFunded;
            cost[k] = placeUnit * fyFunded + (unit - placeUnit) * fyPlacements;
        }
        double placementsMean = Math.round(placementsSum / sims * 1000) / 1000.0;
        double fundedMean = commissioned ? Math.round(fundedSum / sims * 1000) / 1000.0 : placementsMean;
        return new ProvisionCost(cost, placeUnit * fundedMean + (unit - placeUnit) * placementsMean, placementsMean, fundedMean, unit, placeUnit);
    }

    private static PlacesRow placesRow(AcademicYear ay, Provision p, Phase ph, double[] demand, double cap, double occupancy,
                                       double overflowP50, double placedP50, Quantiles q) {
        q.of(demand);
        double mean = q.mean(), p50 = q.at(50), p90 = q.at(90);
        double needed = p50 / occupancy, surplus = cap - needed, surplusP90 = cap - p90 / occupancy;
        return new PlacesRow(ay, p, ph, mean, p50, p90, cap, needed, surplus, surplusP90, Double.isNaN(cap) ? Double.NaN : overflowP50,
                placedP50, PlacesRow.additional(surplus), PlacesRow.additional(surplusP90));
    }

    /**
     * Provisions in an order that sends every overflow source before its target.
     *
     * @throws OverflowCycleException when the routes go round in a circle
     */
    public static List<Provision> overflowOrder(Map<Provision, Provision> routes) {
        for (Provision start : routes.keySet()) {
            Set<Provision> seen = EnumSet.of(start);
            Provision p = routes.get(start);
            while (p != null) {
                if (!seen.add(p)) {
                    throw new OverflowCycleException("overflow routes go round in a circle through " + start + " and " + p);
                }
                p = routes.get(p);
            }
        }
        // the longest chains first, so that a source is always settled before its target
        List<Provision> all = new ArrayList<>(List.of(P));
        all.sort((a, b) -> Integer.compare(depth(b, routes), depth(a, routes)));
        return List.copyOf(all);
    }

    /** How many overflow steps follow a provision. */
    private static int depth(Provision p, Map<Provision, Provision> routes) {
        int d = 0;
        for (Provision q = routes.get(p); q != null; q = routes.get(q)) d++;
        return d;
    }

    private static List<Assumption> assumptions(Capacity c, Finance f, double occupancy, PlacementDraws draws) {
        List<Assumption> as = new ArrayList<>();
        String fin = f.source() + (f.illustrative() ? " (ILLUSTRATIVE)" : "");
        as.add(new Assumption("places", "target occupancy", occupancy, "--occupancy"));
        for (Provision p : P) {
            if (c.covers(p)) {
                AcademicYear first = AcademicYear.ofCensus(draws.firstYear());
                as.add(new Assumption("places", "capacity of " + p.name() + " in " + first, c.places(p, first),
                        c.source() + (c.illustrative() ? " (ILLUSTRATIVE)" : "")));
            }
        }
        f.overflow().forEach((from, to) -> as.add(new Assumption("places", "overflow " + from.name() + " → " + to.name(), 1, fin)));
        f.unitCosts().forEach((p, u) -> {
            as.add(new Assumption("costs", "unit cost of " + p.name() + " (" + f.priceYear() + " prices)", u.total(), fin));
            if (u.placeFunding() > 0) {
                as.add(new Assumption("costs", "  of which place funding", u.placeFunding(), fin));
                as.add(new Assumption("costs", "  of which top-up", u.topUp(), fin));
            }
        });
        as.add(new Assumption("costs", "inflation per year", f.inflation(), fin));
        if (!Double.isNaN(f.supportLayerCost())) {
            as.add(new Assumption("costs", "cost of a child in the support layer (" + f.priceYear() + " prices)", f.supportLayerCost(), fin));
        }
        f.hnbAllocation().forEach((y, v) -> as.add(new Assumption("budget", "High Needs Block " + new FinancialYear(y), v, fin)));
        as.add(new Assumption("budget", "High Needs Block growth per year", f.hnbGrowth(), fin));
        as.add(new Assumption("budget", "opening DSG balance", f.openingBalance(), fin));
        f.otherSpend().forEach((y, v) -> as.add(new Assumption("budget", "other high-needs spend " + new FinancialYear(y), v, fin)));
        DsgInputs d = f.dsg();
        d.importExport().forEach((y, v) -> as.add(new Assumption("budget", "import/export adjustment " + new FinancialYear(y), v, fin)));
        d.blockTransfers().forEach((y, v) -> as.add(new Assumption("budget", "block transfer into high needs " + new FinancialYear(y), v, fin)));
        d.lines().forEach((name, byYear) -> byYear.forEach((y, v) -> as.add(new Assumption("budget", name + " " + new FinancialYear(y), v, fin))));
        d.academyShare().forEach((p, v) -> as.add(new Assumption("budget", "share of " + p.name() + " funding paid to academies", v, fin)));
        d.directlyFundedShare().forEach((p, v) -> as.add(new Assumption("budget", "share of " + p.name() + " places the DfE funds directly", v, fin)));
        f.transport().forEach((p, t) -> {
            as.add(new Assumption("transport", "share of " + p.name() + " children transported", t.share(), fin));
            as.add(new Assumption("transport", "transport cost per child, " + p.name() + " (" + f.priceYear() + " prices)", t.costPerChild(), fin));
        });
        return as;
    }

    /**
     * Finance that is valid but cannot mean what it says, for the run to warn of as well as the
     * notes: a share of directly funded places where place funding is not apart (the unit cost is
     * not split, or no places are commissioned) deducts nothing.
     */
    public static List<String> suspectInputs(Capacity c, Finance f) {
        List<String> out = new ArrayList<>();
        f.dsg().directlyFundedShare().forEach((p, share) -> {
            UnitCost u = f.unitCosts().get(p);
            if (share > 0 && (u == null || u.placeFunding() == 0 || !c.covers(p))) {
                out.add("directly_funded_share of " + p.name() + " has no effect: " + (u == null || u.placeFunding() == 0
                        ? "its unit cost is not split into place_funding and top_up" : "it has no commissioned places") + ".");
            }
        });
        return out;
    }

    /** Whether any draw has children in a support layer. */
    private static boolean layered(PlacementDraws d) {
        for (int h = 0; h < d.years(); h++) for (int k = 0; k < d.simulations(); k++) if (d.supportLayer(h, k) > 0) return true;
        return false;
    }

    private static List<String> notes(Capacity c, Finance f, boolean layered) {
        List<String> n = new ArrayList<>();
        if (c.illustrative()) {
            n.add("ILLUSTRATIVE capacity: commissioned places equal to the base-year placements of each commissioned provision, "
                    + "so that growth shows as shortfall. Give the real figures with --capacity.");
        }
        if (f.illustrative()) {
            n.add("ILLUSTRATIVE finance: unit costs from the County Councils Network 2025 average and sector norms, inflation 3%, "
                    + "High Needs Block equal to 95% of the first year's cost growing 3%, opening balance 0. Give the real figures with --finance.");
        }
        for (Provision p : P) {
            if (!f.unitCosts().containsKey(p)) n.add("No unit cost for " + p.name() + ": its placements are not costed.");
        }
        n.addAll(suspectInputs(c, f));
        if (layered) {
            n.add(Double.isNaN(f.supportLayerCost()) ? "Support layer: the children a reform meets without a plan are not costed "
                    + "(give support_layer_cost in the finance): the plans' cost they no longer need is saved whole."
                    : String.format(Locale.ROOT, "Support layer: each child a reform meets without a plan costs £%,.0f a year (%s prices, "
                    + "inflated as unit costs), in the DSG plan's support-layer line instead of a placement's unit cost.", f.supportLayerCost(), f.priceYear()));
        }
        n.add(String.format(Locale.ROOT, "Cost in financial year F = unit cost in F × (5/12 × placements in academic year F−1/F + 7/12 × "
                + "placements in F/F+1), after overflow; unit costs inflated by %.1f%% a year from %s.", 100 * f.inflation(), f.priceYear()));
        return n;
    }
}
