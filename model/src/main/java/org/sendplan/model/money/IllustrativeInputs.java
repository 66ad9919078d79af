package org.sendplan.model.money;

import org.sendplan.model.Forecast;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Provision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The illustrative capacity and finance a run uses when none are given, marked as such in every
 * output: capacity equal to the base-year placements of each commissioned provision (so growth
 * shows as shortfall), unit costs in 2025-26 prices, inflation 3%, a High Needs Block equal to
 * 95% of the first year's cost growing 3%, opening balance 0.
 */
public final class IllustrativeInputs {
    /** Provisions whose places are commissioned or purchased, so capacity means something. */
    public static final List<Provision> COMMISSIONED = List.of(Provision.RESOURCED, Provision.SPECIAL_STATE,
            Provision.SPECIAL_INDEPENDENT, Provision.AP, Provision.FE, Provision.SPI);

    /** 2025-26 prices; SPECIAL_INDEPENDENT is the County Councils Network's 2025 average. */
    public static final Map<Provision, Double> UNIT_COSTS = Map.of(
            Provision.MAINSTREAM, 8_000.0, Provision.RESOURCED, 18_000.0, Provision.SPECIAL_STATE, 25_000.0,
            Provision.SPECIAL_INDEPENDENT, 60_800.0, Provision.AP, 20_000.0, Provision.FE, 8_500.0,
            Provision.SPI, 45_000.0, Provision.EARLY_YEARS, 6_000.0, Provision.OTHER, 5_000.0);
    public static final double INFLATION = 0.03;
    public static final double HNB_SHARE_OF_FIRST_YEAR_COST = 0.95;
    public static final double HNB_GROWTH = 0.03;

    private IllustrativeInputs() {
    }

    public static Capacity capacity(Forecast f) {
        PlacementDraws d = f.draws();
        AcademicYear first = AcademicYear.ofCensus(d.firstYear());
        List<CapacityEntry> rows = new ArrayList<>();
        for (Provision p : COMMISSIONED) {
            // base year: every simulation holds the observed placements
            rows.add(new CapacityEntry(p, first, Math.round(d.provision(0, p, 0)), null, ""));
        }
        return new Capacity(rows, "base-year placements, January " + d.firstYear(), true);
    }

    /** Finance without an allocation; {@link #withAllocation} sets it from the first year's cost. */
    public static Finance finance() {
        Map<Provision, UnitCost> costs = new EnumMap<>(Provision.class);
        UNIT_COSTS.forEach((p, c) -> costs.put(p, UnitCost.of(c)));
        return new Finance(new FinancialYear(2025), INFLATION, costs, new TreeMap<>(), HNB_GROWTH, 0, new TreeMap<>(),
                Finance.DEFAULT_OVERFLOW, "illustrative defaults", true);
    }

    /** The plan again with the allocation set to 95% of its first year's mean cost. */
    public static SufficiencyPlan withAllocation(Forecast f, Capacity c, Finance fin, double occupancy) {
        double firstYearCost = SufficiencyPlanner.firstYearCost(f, c, fin, occupancy);
        TreeMap<Integer, Double> hnb = new TreeMap<>();
        hnb.put(f.draws().firstYear(), Math.round(HNB_SHARE_OF_FIRST_YEAR_COST * firstYearCost / 1000.0) * 1000.0);
        return SufficiencyPlanner.plan(f, c, fin.withHnb(hnb), occupancy);
    }
}
