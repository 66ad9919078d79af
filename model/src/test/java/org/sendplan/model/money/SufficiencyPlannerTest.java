package org.sendplan.model.money;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Area;
import org.sendplan.model.Forecast;
import org.sendplan.model.Phase;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Projection;
import org.sendplan.model.Provision;
import org.sendplan.model.Setting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SufficiencyPlannerTest {
    /** A forecast of one simulation whose provision totals per January census are given. */
    static Forecast forecast(int base, Map<Provision, double[]> perYear) {
        int years = perYear.values().iterator().next().length;
        PlacementDraws d = new PlacementDraws(base, years, 1);
        perYear.forEach((p, v) -> {
            for (int h = 0; h < years; h++) d.add(h, p, Phase.PRIMARY, 0, v[h]);
        });
        double[] z = new double[years];
        Projection proj = new Projection(base, years, 5, 1, List.of(new Setting("S", "S", Provision.MAINSTREAM)), List.of("ASD"),
                z, z.clone(), z.clone(), z.clone());
        return new Forecast("baseline", new Area("1", "E1", "Test", Area.Level.LOCAL_AUTHORITY, "R"), base, years - 1, proj,
                List.of(), List.of(), List.of(), List.of(), d);
    }

    static Finance finance(Map<Provision, Double> unit, double inflation, Map<Integer, Double> hnb, double growth, double opening,
                           Map<Integer, Double> other) {
        Map<Provision, UnitCost> u = new EnumMap<>(Provision.class);
        unit.forEach((p, c) -> u.put(p, UnitCost.of(c)));
        return new Finance(new FinancialYear(2025), inflation, u, new TreeMap<>(hnb), growth, opening, new TreeMap<>(other),
                Finance.DEFAULT_OVERFLOW, "test", false);
    }

    @Test
    void overflowFollowsTheChainAndNobodyIsCreatedOrLost() {
        // January 2026 (academic year 2025/26): resourced 120 against 100 places, state special
        // 500 against 510, independent 50. Resourced sends 20 to state special (now 520), which
        // sends 10 to independent: placements 100 / 510 / 60, still 670 children.
        Forecast f = forecast(2025, Map.of(
                Provision.RESOURCED, new double[]{100, 120},
                Provision.SPECIAL_STATE, new double[]{500, 500},
                Provision.SPECIAL_INDEPENDENT, new double[]{50, 50}));
        Capacity c = chainCapacity();
        Finance fin = finance(Map.of(Provision.RESOURCED, 1.0, Provision.SPECIAL_STATE, 1.0, Provision.SPECIAL_INDEPENDENT, 1.0),
                0, Map.of(2025, 0.0), 0, 0, Map.of());
        SufficiencyPlan plan = SufficiencyPlanner.plan(f, c, fin, 1.0);
        PlacesRow rp = row(plan, Provision.RESOURCED, 2025), ss = row(plan, Provision.SPECIAL_STATE, 2025);
        assertEquals(20, rp.overflowP50(), 1e-12);
        assertEquals(-20, rp.surplusP50(), 1e-12);
        assertEquals(10, ss.overflowP50(), 1e-12, "the excess of its own demand plus what it received");
        assertEquals(10, ss.surplusP50(), 1e-12, "own demand 500 against 510 places");
        // financial year 2025-26 = 5/12 × AY 2024/25 + 7/12 × AY 2025/26 placements, unit cost 1
        // (placements are kept to 3 decimals, as written)
        assertEquals(5.0 / 12 * 50 + 7.0 / 12 * 60, cost(plan, Provision.SPECIAL_INDEPENDENT, 2025).placements(), 5e-4);
        assertEquals(5.0 / 12 * 500 + 7.0 / 12 * 510, cost(plan, Provision.SPECIAL_STATE, 2025).placements(), 5e-4);
        double all = plan.costs().stream().mapToDouble(CostRow::placements).sum();
        assertEquals(5.0 / 12 * 650 + 7.0 / 12 * 670, all, 3 * 5e-4);
    }

    /**
     * Where children end up: the same chain as above, placed 100 / 510 / 60 (670 children, as
     * demanded); commissioning the additional places (resourced 20, state special 0 at its own
     * demand of 500 against 510) leaves nobody overflowing.
     */
    @Test
    void placedAfterOverflowAddsUpToDemandAndAdditionalPlacesRemoveTheOverflow() {
        Map<Provision, double[]> demand = Map.of(
                Provision.RESOURCED, new double[]{100, 120},
                Provision.SPECIAL_STATE, new double[]{500, 500},
                Provision.SPECIAL_INDEPENDENT, new double[]{50, 50});
        Finance fin = finance(Map.of(), 0, Map.of(2025, 0.0), 0, 0, Map.of());
        Capacity c = chainCapacity();
        SufficiencyPlan plan = SufficiencyPlanner.plan(forecast(2025, demand), c, fin, 1.0);
        assertEquals(100, row(plan, Provision.RESOURCED, 2025).placedP50(), 1e-12);
        assertEquals(510, row(plan, Provision.SPECIAL_STATE, 2025).placedP50(), 1e-12);
        assertEquals(60, row(plan, Provision.SPECIAL_INDEPENDENT, 2025).placedP50(), 1e-12);
        double placed = 0;
        for (Provision p : Provision.values()) placed += row(plan, p, 2025).placedP50();
        assertEquals(670, placed, 1e-12, "nobody created or lost");
        assertEquals(20, row(plan, Provision.RESOURCED, 2025).additionalP50(), 0);
        assertEquals(0, row(plan, Provision.SPECIAL_STATE, 2025).additionalP50(), 0);
        assertTrue(Double.isNaN(row(plan, Provision.SPECIAL_INDEPENDENT, 2025).additionalP50()), "not commissioned");

        Capacity more = new Capacity(List.of(
                new CapacityEntry(Provision.RESOURCED, new AcademicYear(2024), 100 + 20, null, ""),
                new CapacityEntry(Provision.SPECIAL_STATE, new AcademicYear(2024), 510, null, "")), "test", false);
        SufficiencyPlan enough = SufficiencyPlanner.plan(forecast(2025, demand), more, fin, 1.0);
        for (Provision p : List.of(Provision.RESOURCED, Provision.SPECIAL_STATE)) assertEquals(0, row(enough, p, 2025).overflowP50(), 0, p.name());
        assertEquals(50, row(enough, Provision.SPECIAL_INDEPENDENT, 2025).placedP50(), 1e-12);
    }

    /** Whole places: a shortfall of 10.2 needs 11 more; a residue of arithmetic (−5.7e-14) is no shortfall and needs none. */
    @Test
    void additionalPlacesAreWholeAndARoundingResidueIsNoShortfall() {
        assertEquals(11, PlacesRow.additional(-10.2), 0);
        assertEquals(10, PlacesRow.additional(-10.0), 0);
        assertEquals(0, PlacesRow.additional(-5.7e-14), 0);
        assertEquals(0, PlacesRow.additional(3), 0);
        Forecast f = forecast(2025, Map.of(Provision.SPECIAL_STATE, new double[]{100, 100 + 5.7e-14}));
        Capacity c = new Capacity(List.of(new CapacityEntry(Provision.SPECIAL_STATE, new AcademicYear(2024), 100, null, "")), "t", false);
        SufficiencyPlan plan = SufficiencyPlanner.plan(f, c, finance(Map.of(), 0, Map.of(2025, 0.0), 0, 0, Map.of()), 1.0);
        assertNull(plan.firstShortfall().get(Provision.SPECIAL_STATE));
    }

    @Test
    void occupancyLowersTheLimitAndRaisesPlacesNeeded() {
        Forecast f = forecast(2025, Map.of(Provision.SPECIAL_STATE, new double[]{90, 95}));
        Capacity c = new Capacity(List.of(new CapacityEntry(Provision.SPECIAL_STATE, new AcademicYear(2024), 100, null, "")), "t", false);
        SufficiencyPlan plan = SufficiencyPlanner.plan(f, c, finance(Map.of(), 0, Map.of(2025, 0.0), 0, 0, Map.of()), 0.9);
        PlacesRow r = row(plan, Provision.SPECIAL_STATE, 2025);
        assertEquals(95 / 0.9, r.placesNeededP50(), 1e-9);
        assertEquals(100 - 95 / 0.9, r.surplusP50(), 1e-9);
        assertEquals(5, r.overflowP50(), 1e-9, "95 against a limit of 100 × 0.9 = 90");
        assertEquals(new AcademicYear(2025), plan.firstShortfall().get(Provision.SPECIAL_STATE));
        assertNull(plan.firstShortfall().get(Provision.MAINSTREAM));
    }

    @Test
    void costsAreApportionedAndInflatedAndTheBalanceCarriesForward() {
        // State special: 500 in Jan 2026 (AY 2025/26), 600 in Jan 2027 (AY 2026/27); unit cost
        // £25,000 in 2025-26 prices, inflation 3%: £25,750 in 2026-27.
        Forecast f = forecast(2025, Map.of(Provision.SPECIAL_STATE, new double[]{480, 500, 600}));
        Finance fin = finance(Map.of(Provision.SPECIAL_STATE, 25_000.0), 0.03, Map.of(2025, 12_000_000.0), 0.03, -2_000_000,
                Map.of(2025, 1_000_000.0));
        SufficiencyPlan plan = SufficiencyPlanner.plan(f, new Capacity(List.of(), "none", false), fin, 1.0);
        CostRow y1 = cost(plan, Provision.SPECIAL_STATE, 2025), y2 = cost(plan, Provision.SPECIAL_STATE, 2026);
        assertEquals(25_000, y1.unitCost(), 1e-9);
        assertEquals(491.667, y1.placements(), 1e-9);            // 5/12 × 480 + 7/12 × 500 = 491.666…, to 3 decimals
        assertEquals(25_000 * 491.667, y1.costMean(), 1e-6);    // £12,291,675
        assertEquals(25_750, y2.unitCost(), 1e-9);
        assertEquals(25_750 * 558.333, y2.costMean(), 1e-6);     // 5/12 × 500 + 7/12 × 600 = 558.333…: £14,377,074.75
        BudgetRow b1 = plan.budget().get(0), b2 = plan.budget().get(1);
        assertEquals(12_000_000, b1.hnbAllocation(), 1e-9);
        assertEquals(12_360_000, b2.hnbAllocation(), 1e-6, "grown 3% after the last year given");
        assertEquals(1_000_000, b2.otherSpend(), 1e-9, "the last other spend carries forward");
        assertEquals(12_000_000 - 12_291_675 - 1_000_000, b1.inYearBalance(), 1e-6);
        assertEquals(-2_000_000 + b1.inYearBalance(), b1.cumulativeBalance(), 1e-6);
        assertEquals(b1.cumulativeBalance() + b2.inYearBalance(), b2.cumulativeBalance(), 1e-6);
        assertEquals(new FinancialYear(2026), plan.lowestBalanceYear());
        assertEquals(2, plan.budget().size(), "three censuses give two whole financial years");
    }

    @Test
    void theFirstYearsCostAloneIsThePlansFirstBudgetRow() {
        // The overflow chain of the first test, unit cost £1,000 everywhere: FY 2025-26 placements
        // 5/12 × (100 + 500 + 50) + 7/12 × (100 + 510 + 60) = 270.833… + 390.833… = 661.667 (each
        // provision to 3 decimals: 41.667 + 208.333 + 20.833 + 58.333 + 297.5 + 35 = 661.666),
        // £661,666 at £1,000 a place.
        Forecast f = forecast(2025, Map.of(
                Provision.RESOURCED, new double[]{100, 120, 130},
                Provision.SPECIAL_STATE, new double[]{500, 500, 520},
                Provision.SPECIAL_INDEPENDENT, new double[]{50, 50, 55}));
        Capacity c = chainCapacity();
        Finance fin = finance(Map.of(Provision.RESOURCED, 1000.0, Provision.SPECIAL_STATE, 1000.0, Provision.SPECIAL_INDEPENDENT, 1000.0),
                0, Map.of(2025, 0.0), 0, 0, Map.of());
        double alone = SufficiencyPlanner.firstYearCost(f, c, fin, 1.0);
        assertEquals(661_666, alone, 1e-6);
        assertEquals(SufficiencyPlanner.plan(f, c, fin, 1.0).budget().get(0).costMean(), alone, 0.0, "the same arithmetic as the plan");
    }

    @Test
    void capacityRowsReplaceFromTheirYearCarryForwardAndNamesAddUp() {
        Capacity c = new Capacity(List.of(
                new CapacityEntry(Provision.SPECIAL_STATE, new AcademicYear(2025), 100, null, "Oak"),
                new CapacityEntry(Provision.SPECIAL_STATE, new AcademicYear(2025), 50, null, "Elm"),
                new CapacityEntry(Provision.SPECIAL_STATE, new AcademicYear(2027), 120, null, "Oak")), "t", false);
        assertEquals(Double.NaN, c.places(Provision.RESOURCED, new AcademicYear(2025)));
        assertEquals(0, c.places(Provision.SPECIAL_STATE, new AcademicYear(2024)), "before any row: none yet");
        assertEquals(150, c.places(Provision.SPECIAL_STATE, new AcademicYear(2026)));
        assertEquals(170, c.places(Provision.SPECIAL_STATE, new AcademicYear(2027)));
        assertEquals(170, c.places(Provision.SPECIAL_STATE, new AcademicYear(2031)));
    }

    @Test
    void circularOverflowRoutesAreRefused() {
        Map<Provision, Provision> routes = Map.of(Provision.SPECIAL_STATE, Provision.RESOURCED, Provision.RESOURCED, Provision.SPECIAL_STATE);
        assertThrows(SufficiencyPlanner.OverflowCycleException.class, () -> SufficiencyPlanner.overflowOrder(routes));
    }

    @Test
    void calendarsParseAndPrint() {
        assertEquals(new AcademicYear(2025), AcademicYear.parse("2025/26"));
        assertEquals("2025/26", new AcademicYear(2025).toString());
        assertEquals(2026, AcademicYear.parse("2025/26").census());
        assertEquals("2099-00", new FinancialYear(2099).toString());
        assertThrows(IllegalArgumentException.class, () -> AcademicYear.parse("2025"));
        assertThrows(IllegalArgumentException.class, () -> AcademicYear.parse("2025/27"));
        assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse("2025/26"));
    }

    /** The overflow chain's places from academic year 2024/25: 100 resourced, 510 state special (independent unbounded). */
    private static Capacity chainCapacity() {
        return new Capacity(List.of(
                new CapacityEntry(Provision.RESOURCED, new AcademicYear(2024), 100, null, ""),
                new CapacityEntry(Provision.SPECIAL_STATE, new AcademicYear(2024), 510, null, "")), "test", false);
    }

    static PlacesRow row(SufficiencyPlan plan, Provision p, int academicYearStart) {
        return plan.places().stream().filter(r -> r.provision() == p && r.phase() == null && r.year().start() == academicYearStart)
                .findFirst().orElseThrow();
    }

    static CostRow cost(SufficiencyPlan plan, Provision p, int financialYearStart) {
        return plan.costs().stream().filter(r -> r.provision() == p && r.year().start() == financialYearStart).findFirst().orElseThrow();
    }
}
