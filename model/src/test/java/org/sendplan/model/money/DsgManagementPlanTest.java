package org.sendplan.model.money;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Forecast;
import org.sendplan.model.Provision;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DSG management plan's lines: hand calculations, and that they add up to the plan's own balance. */
class DsgManagementPlanTest {
    /**
     * State special: 90 children in both academic years against 100 commissioned places, place
     * funding £10,000 + top-up £15,000; independent: 20 children at £60,000 (no capacity).
     * Financial year 2025-26, no inflation:
     * <ul>
     * <li>state special place funding on 100 places (10 empty) = £1,000,000, 60% of them
     *     funded directly by the DfE (£600,000 deducted); the authority pays £400,000, 70% to
     *     academies (£280,000) and 30% to maintained schools (£120,000);</li>
     * <li>top-ups 90 × £15,000 = £1,350,000: academies 70% = £945,000, maintained £405,000;</li>
     * <li>independent 20 × £60,000 = £1,200,000;</li>
     * <li>income: allocation £3,000,000 − £100,000 import/export + £200,000 block transfer −
     *     £600,000 deductions = £2,500,000;</li>
     * <li>expenditure: £400,000 + £1,350,000 + £1,200,000 + other £50,000 + SEN support
     *     £150,000 = £3,150,000; in-year balance −£650,000 (opening −£1,000,000: cumulative
     *     −£1,650,000).</li>
     * </ul>
     */
    static SufficiencyPlan plan() {
        Forecast f = SufficiencyPlannerTest.forecast(2025, Map.of(
                Provision.SPECIAL_STATE, new double[]{90, 90, 90},
                Provision.SPECIAL_INDEPENDENT, new double[]{20, 20, 20}));
        Capacity c = new Capacity(List.of(new CapacityEntry(Provision.SPECIAL_STATE, new AcademicYear(2024), 100, null, "")), "test", false);
        Map<Provision, UnitCost> units = new EnumMap<>(Provision.class);
        units.put(Provision.SPECIAL_STATE, new UnitCost(10_000, 15_000));
        units.put(Provision.SPECIAL_INDEPENDENT, UnitCost.of(60_000));
        DsgInputs dsg = new DsgInputs(new TreeMap<>(Map.of(2025, -100_000.0)), new TreeMap<>(Map.of(2025, 200_000.0)),
                Map.of("SEN support services", new TreeMap<>(Map.of(2025, 150_000.0))), Map.of(Provision.SPECIAL_STATE, 0.7),
                Map.of(Provision.SPECIAL_STATE, 0.6));
        Finance fin = new Finance(new FinancialYear(2025), 0, units, new TreeMap<>(Map.of(2025, 3_000_000.0)), 0, -1_000_000,
                new TreeMap<>(Map.of(2025, 50_000.0)), Finance.DEFAULT_OVERFLOW, "test", false, dsg,
                Map.of(Provision.SPECIAL_INDEPENDENT, new TransportCost(0.9, 12_000)));
        return SufficiencyPlanner.plan(f, c, fin, 1.0);
    }

    static double line(List<DsgManagementPlan.Line> lines, int year, String name) {
        return lines.stream().filter(l -> l.year().start() == year && l.name().equals(name)).findFirst().orElseThrow().amount();
    }

    @Test
    void theLinesAreTheHandCalculation() {
        List<DsgManagementPlan.Line> l = DsgManagementPlan.of(plan());
        assertEquals(3_000_000, line(l, 2025, "High Needs Block allocation"), 1e-6);
        assertEquals(-100_000, line(l, 2025, "Import/export adjustment"), 1e-6);
        assertEquals(200_000, line(l, 2025, "Block transfers into the High Needs Block"), 1e-6);
        assertEquals(-600_000, line(l, 2025, "Deductions for places the DfE funds directly"), 1e-6);
        assertEquals(2_500_000, line(l, 2025, DsgManagementPlan.TOTAL_INCOME), 1e-6);
        assertEquals(300_000, line(l, 2025, "Place funding: maintained schools and PRUs"), 1e-6);
        assertEquals(100_000, line(l, 2025, "Place funding: academies, free schools and colleges"), 1e-6);
        assertEquals(405_000, line(l, 2025, "Top-up funding: maintained schools and PRUs"), 1e-6);
        assertEquals(945_000, line(l, 2025, "Top-up funding: academies, free schools and colleges"), 1e-6);
        assertEquals(1_200_000, line(l, 2025, "Top-up and other funding: independent and non-maintained providers"), 1e-6);
        assertEquals(150_000, line(l, 2025, "SEN support services"), 1e-6);
        assertEquals(3_150_000, line(l, 2025, DsgManagementPlan.TOTAL_EXPENDITURE), 1e-6);
        assertEquals(-650_000, line(l, 2025, DsgManagementPlan.IN_YEAR), 1e-6);
        assertEquals(-1_650_000, line(l, 2025, DsgManagementPlan.CUMULATIVE), 1e-6);
        assertEquals(100_000, line(l, 2025, "Place funding for commissioned places no child fills (in the lines above)"), 1e-6,
                "10 empty places × £10,000");
    }

    @Test
    void incomeLessExpenditureIsThePlansOwnBalanceEveryYear() {
        SufficiencyPlan p = plan();
        List<DsgManagementPlan.Line> l = DsgManagementPlan.of(p);
        for (BudgetRow b : p.budget()) {
            int y = b.year().start();
            double income = 0, spend = 0;
            for (DsgManagementPlan.Line x : l) {
                if (x.year().start() != y || x.name().startsWith("Total")) continue;
                if (x.section() == DsgManagementPlan.Section.INCOME) income += x.amount();
                if (x.section() == DsgManagementPlan.Section.EXPENDITURE) spend += x.amount();
            }
            assertEquals(line(l, y, DsgManagementPlan.TOTAL_INCOME), income, 1e-6, "the income lines add up to their total");
            assertEquals(line(l, y, DsgManagementPlan.TOTAL_EXPENDITURE), spend, 1e-6, "the expenditure lines add up to their total");
            assertEquals(b.inYearBalance(), income - spend, 1e-6, "the deductions are place funding the authority does not pay");
        }
    }

    @Test
    void emptyCommissionedPlacesAreFundedAndTransportIsOutsideTheBalance() {
        SufficiencyPlan p = plan();
        CostRow special = SufficiencyPlannerTest.cost(p, Provision.SPECIAL_STATE, 2025);
        assertEquals(100, special.fundedPlaces(), 1e-9, "place funding on all 100 commissioned places, 90 filled");
        assertEquals(100 * 10_000 + 90 * 15_000, special.costMean(), 1e-6);
        // transport: 20 independent placements × 90% × £12,000 = £216,000, in no DSG figure
        TransportRow t = TransportRow.of(p).get(0);
        assertEquals(Provision.SPECIAL_INDEPENDENT, t.provision());
        assertEquals(18, t.children(), 1e-9);
        assertEquals(216_000, t.cost(), 1e-6);
        assertEquals(-650_000, p.budget().get(0).inYearBalance(), 1e-6);
        assertTrue(p.assumptions().stream().anyMatch(a -> a.name().contains("transported")), "transport listed among the assumptions");
    }

    @Test
    void byYearMatchesLinesByTheirPlaceAndCarriesEveryYear() {
        SufficiencyPlan p = plan();
        List<DsgManagementPlan.LineByYear> rows = DsgManagementPlan.byYear(p);
        List<DsgManagementPlan.Line> all = DsgManagementPlan.of(p);
        assertEquals(all.size(), rows.size() * p.budget().size());
        DsgManagementPlan.LineByYear cumulative = rows.stream().filter(r -> r.name().equals(DsgManagementPlan.CUMULATIVE)).findFirst().orElseThrow();
        for (int y = 0; y < p.budget().size(); y++) assertEquals(p.budget().get(y).cumulativeBalance(), cumulative.amounts()[y], 1e-6);
        // the risk range is the balance's own p10 and p90 over the draws, beside the mean path
        DsgManagementPlan.LineByYear low = rows.stream().filter(r -> r.name().equals(DsgManagementPlan.RISK_LOW)).findFirst().orElseThrow();
        DsgManagementPlan.LineByYear high = rows.stream().filter(r -> r.name().equals(DsgManagementPlan.RISK_HIGH)).findFirst().orElseThrow();
        for (int y = 0; y < p.budget().size(); y++) {
            assertEquals(p.budget().get(y).cumulativeP10(), low.amounts()[y], 1e-6);
            assertEquals(p.budget().get(y).cumulativeP90(), high.amounts()[y], 1e-6);
        }
    }

    @Test
    void aDirectShareWithNoPlaceFundingApartIsSaid() {
        SufficiencyPlan p = plan();
        assertEquals(List.of(), SufficiencyPlanner.suspectInputs(p.capacity(), p.finance()), "split and commissioned: nothing to say");
        Map<Provision, UnitCost> unsplit = new EnumMap<>(p.finance().unitCosts());
        unsplit.put(Provision.SPECIAL_STATE, UnitCost.of(25_000));
        Finance f = p.finance();
        Finance plain = new Finance(f.priceYear(), f.inflation(), unsplit, f.hnbAllocation(), f.hnbGrowth(), f.openingBalance(), f.otherSpend(),
                f.overflow(), f.source(), false, f.dsg(), f.transport());
        assertEquals(List.of("directly_funded_share of SPECIAL_STATE has no effect: its unit cost is not split into place_funding and top_up."),
                SufficiencyPlanner.suspectInputs(p.capacity(), plain));
    }
}
