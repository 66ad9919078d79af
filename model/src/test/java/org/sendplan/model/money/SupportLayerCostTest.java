package org.sendplan.model.money;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Forecast;
import org.sendplan.model.Provision;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The support layer in the money: 100 state special placements every January, and 30 children in
 * a reform's support layer in January 2026, 60 in January 2027; £4,000 a child in 2025-26 prices,
 * 3% inflation.
 */
class SupportLayerCostTest {
    static Forecast withLayer() {
        Forecast f = SufficiencyPlannerTest.forecast(2025, Map.of(Provision.SPECIAL_STATE, new double[]{100, 100, 100}));
        f.draws().addSupportLayer(1, 0, 30);
        f.draws().addSupportLayer(2, 0, 60);
        return f;
    }

    static Finance finance(double supportLayerCost) {
        Finance f = SufficiencyPlannerTest.finance(Map.of(Provision.SPECIAL_STATE, 25_000.0), 0.03, Map.of(2025, 3_000_000.0), 0, 0, Map.of());
        return new FinancePatch(null, null, null, null, null, null, null, null, null, null, supportLayerCost).over(f, "test");
    }

    @Test
    void theSupportLayerIsCostedPerChildInTheFinancialYearsShareOfEachAcademicYear() {
        SufficiencyPlan costed = SufficiencyPlanner.plan(withLayer(), new Capacity(java.util.List.of(), "none", false), finance(4000), 1.0);
        SufficiencyPlan free = SufficiencyPlanner.plan(withLayer(), new Capacity(java.util.List.of(), "none", false),
                SufficiencyPlannerTest.finance(Map.of(Provision.SPECIAL_STATE, 25_000.0), 0.03, Map.of(2025, 3_000_000.0), 0, 0, Map.of()), 1.0);
        // 2025-26: 5/12 × 0 + 7/12 × 30 = 17.5 children × £4,000 = £70,000
        // 2026-27: 5/12 × 30 + 7/12 × 60 = 47.5 children × £4,120 (3% on) = £195,700
        BudgetRow y1 = costed.budgetRow(new FinancialYear(2025)), y2 = costed.budgetRow(new FinancialYear(2026));
        assertEquals(17.5, y1.supportLayerChildren(), 1e-9);
        assertEquals(70_000, y1.supportLayerSpend(), 1e-6);
        assertEquals(47.5, y2.supportLayerChildren(), 1e-9);
        assertEquals(195_700, y2.supportLayerSpend(), 1e-6);
        // placements cost the same; the balance carries the support layer's spend
        assertEquals(free.budgetRow(new FinancialYear(2026)).costMean(), y2.costMean(), 0);
        assertEquals(free.budgetRow(new FinancialYear(2026)).inYearBalance() - 195_700, y2.inYearBalance(), 1e-6);
        assertEquals(free.budgetRow(new FinancialYear(2026)).cumulativeBalance() - 265_700, y2.cumulativeBalance(), 1e-6);
        // the DSG plan shows it as its own line, and the in-year balance still adds up
        var lines = DsgManagementPlan.of(costed);
        assertEquals(195_700, amount(lines, 2026, DsgManagementPlan.SUPPORT_LAYER), 1e-6);
        assertEquals(amount(lines, 2026, DsgManagementPlan.TOTAL_INCOME) - amount(lines, 2026, DsgManagementPlan.TOTAL_EXPENDITURE),
                y2.inYearBalance(), 1e-6);
        assertTrue(costed.notes().stream().anyMatch(n -> n.contains("£4,000 a year")), costed.notes().toString());
    }

    @Test
    void withoutASupportLayerCostTheChildrenAreNotCostedAndTheRunSaysSo() {
        SufficiencyPlan free = SufficiencyPlanner.plan(withLayer(), new Capacity(java.util.List.of(), "none", false),
                SufficiencyPlannerTest.finance(Map.of(Provision.SPECIAL_STATE, 25_000.0), 0.03, Map.of(2025, 3_000_000.0), 0, 0, Map.of()), 1.0);
        assertEquals(0, free.budgetRow(new FinancialYear(2026)).supportLayerSpend(), 0);
        assertFalse(DsgManagementPlan.of(free).stream().anyMatch(l -> l.name().equals(DsgManagementPlan.SUPPORT_LAYER)));
        assertTrue(free.notes().stream().anyMatch(n -> n.contains("not costed")), free.notes().toString());
    }

    static double amount(java.util.List<DsgManagementPlan.Line> lines, int year, String name) {
        return lines.stream().filter(l -> l.year().start() == year && l.name().equals(name)).findFirst().orElseThrow().amount();
    }
}
