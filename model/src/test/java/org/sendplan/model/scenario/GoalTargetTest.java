package org.sendplan.model.scenario;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Area;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Phase;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.FinancialYear;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.PlacesRow;
import org.sendplan.model.money.SufficiencyPlan;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoalTargetTest {
    static void assertTarget(String text, String figure, Provision p, boolean atLeast, double value, int year) {
        GoalTarget t = GoalTarget.parse(text);
        assertEquals(new GoalTarget(figure, p, atLeast, value, year), t, text);
    }

    @Test
    void parsesEachFigureKind() {
        assertTarget("total >= 5000 by 2030", "total", null, true, 5000, 2030);
        assertTarget("  provision:SPECIAL_STATE <= 1,200 by 2029 ", "provision", Provision.SPECIAL_STATE, false, 1200, 2029);
        assertTarget("shortfall:RESOURCED<=0 by 2028", "shortfall", Provision.RESOURCED, false, 0, 2028);
        // money figures are by financial year: 2029-30 starts in April 2029
        assertTarget("cost <= 12_000_000 by 2029-30", "cost", null, false, 12_000_000, 2029);
        assertTarget("in_year_balance >= -500000.5 by 2027-28", "in_year_balance", null, true, -500_000.5, 2027);
        assertTarget("cumulative_balance >= 0 by 2029-30", "cumulative_balance", null, true, 0, 2029);
        // placements are by academic year: 2030/31 is the January 2031 census
        assertTarget("placements:SPECIAL_INDEPENDENT <= 300 by 2030/31", "placements", Provision.SPECIAL_INDEPENDENT, false, 300, 2031);
        assertEquals("placements:SPECIAL_INDEPENDENT <= 300 by 2030/31", GoalTarget.parse("placements:SPECIAL_INDEPENDENT <= 300 by 2030/31").toString());
        assertEquals(2031, GoalTarget.parse("cumulative_balance >= 0 by 2030-31").census(), "a financial year ends in the next census's academic year");
    }

    @Test
    void refusesMalformedTargets() {
        for (String bad : new String[]{
                "total > 5000 by 2030",          // only >= and <=
                "total >= 5000 in 2030",
                "total >= 5000",
                "total >= .5 by 2030",            // a value starts with a digit
                "total >= 1e3 by 2030",
                "places >= 10 by 2030",           // no such figure
                "provision:SPECIAL >= 10 by 2030",
                "cost <= 1 by 2030",              // money: a financial year
                "cost <= 1 by 2029-31",
                "total >= 1 by 2029-30",          // children: a January census year
                "shortfall:AP >= 0 by 30",
                "placements:SPECIAL_INDEPENDENT <= 300 by 2031", // placements: an academic year
                "placements <= 300 by 2030/31"}) {
            assertThrows(IllegalArgumentException.class, () -> GoalTarget.parse(bad), bad);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoalTarget.parse("provision:SPECIAL >= 10 by 2030"));
        assertTrue(e.getMessage().contains("expected a provision after 'provision:'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GoalTarget.parse("cost <= 1 by 2030"));
        assertTrue(e.getMessage().contains("by financial year, like 2029-30; found '2030'"), e.getMessage());
    }

    @Test
    void refusesAProvisionFigureWithoutItsCode() {
        assertThrows(IllegalArgumentException.class, () -> GoalTarget.parse("provision >= 10 by 2030"));
        assertThrows(IllegalArgumentException.class, () -> GoalTarget.parse("shortfall <= 0 by 2030"));
    }

    @Test
    void metIsInclusiveOnTheSideOfTheOperator() {
        GoalTarget atLeast = GoalTarget.parse("total >= 5000 by 2030"), atMost = GoalTarget.parse("cost <= 1200 by 2029-30");
        assertTrue(atLeast.met(5000));
        assertTrue(atLeast.met(5000.01));
        assertFalse(atLeast.met(4999.99));
        assertTrue(atMost.met(1200));
        assertTrue(atMost.met(-3));
        assertFalse(atMost.met(1200.01));
    }

    @Test
    void printsAsWrittenWithItsYear() {
        assertEquals("provision:SPECIAL_STATE <= 1,200 by January 2029", GoalTarget.parse("provision:SPECIAL_STATE <= 1200 by 2029").toString());
        assertEquals("cumulative_balance >= 0 by 2029-30", GoalTarget.parse("cumulative_balance >= 0 by 2029-30").toString());
        assertEquals("January 2030", GoalTarget.parse("total >= 1 by 2030").yearText());
    }

    /**
     * A hand-built outcome: totals 4,900 (Jan 2029) and 5,100 (Jan 2030), state special 1,150 in
     * 2030; places in academy year 2029/30 (census 2030): state special 50 short (surplus −50;
     * its primary phase row −999 is not the all-phases row), AP with no capacity; budget 2029-30:
     * cost £11m, in-year −£1.5m, cumulative −£4m; 2030-31: cost £12m, cumulative −£6m.
     */
    static Outcome outcome(boolean withPlan) {
        List<SummaryRow> summary = List.of(
                new SummaryRow(2029, Dimension.TOTAL, SummaryRow.ALL, 4900, 0, 0, 0, 0, 0),
                new SummaryRow(2030, Dimension.TOTAL, SummaryRow.ALL, 5100, 0, 0, 0, 0, 0),
                new SummaryRow(2030, Dimension.PROVISION, Provision.MAINSTREAM.name(), 3000, 0, 0, 0, 0, 0),
                new SummaryRow(2030, Dimension.PROVISION, Provision.SPECIAL_STATE.name(), 1150, 0, 0, 0, 0, 0));
        Forecast f = new Forecast("baseline", new Area("1", "E1", "Test", Area.Level.LOCAL_AUTHORITY, "R"), 2025, 5, null,
                summary, List.of(), List.of(), List.of());
        if (!withPlan) return new Outcome(f, null);
        AcademicYear ay = new AcademicYear(2029);
        List<PlacesRow> places = List.of(
                new PlacesRow(ay, Provision.SPECIAL_STATE, Phase.PRIMARY, 400, 400, 420, 0, 400, -999, -1020, 0, Double.NaN, 999, 1020),
                new PlacesRow(ay, Provision.SPECIAL_STATE, null, 1150, 1150, 1200, 1100, 1150, -50, -100, 50, 1100, 50, 100),
                new PlacesRow(ay, Provision.AP, null, 80, 80, 90, Double.NaN, 80, Double.NaN, Double.NaN, 0, 130, Double.NaN, Double.NaN));
        List<BudgetRow> budget = List.of(
                new BudgetRow(new FinancialYear(2029), 10_000_000, 11_000_000, 500_000, -1_500_000, -4_000_000, -5_000_000, -3_000_000),
                new BudgetRow(new FinancialYear(2030), 10_500_000, 12_000_000, 500_000, -2_000_000, -6_000_000, -7_000_000, -5_000_000));
        SufficiencyPlan plan = new SufficiencyPlan(null, null, 1.0, places, List.of(), budget, Map.of(), new FinancialYear(2030),
                List.of(), List.of());
        return new Outcome(f, plan);
    }

    @Test
    void takesEachFigureFromTheOutcome() {
        Outcome o = outcome(true);
        assertEquals(5100, GoalTarget.parse("total >= 0 by 2030").of(o), 0);
        assertEquals(4900, GoalTarget.parse("total >= 0 by 2029").of(o), 0);
        assertEquals(1150, GoalTarget.parse("provision:SPECIAL_STATE <= 0 by 2030").of(o), 0);
        assertEquals(50, GoalTarget.parse("shortfall:SPECIAL_STATE <= 0 by 2030").of(o), 0, "minus the all-phases surplus −50");
        assertEquals(11_000_000, GoalTarget.parse("cost <= 0 by 2029-30").of(o), 0);
        assertEquals(-1_500_000, GoalTarget.parse("in_year_balance >= 0 by 2029-30").of(o), 0);
        assertEquals(-6_000_000, GoalTarget.parse("cumulative_balance >= 0 by 2030-31").of(o), 0);
        assertEquals(5100, GoalTarget.parse("total >= 0 by 2030").of(outcome(false)), 0, "children alone need no plan");
    }

    @Test
    void saysWhatIsMissing() {
        Outcome o = outcome(true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoalTarget.parse("total >= 0 by 2035").of(o));
        assertTrue(e.getMessage().contains("does not reach January 2035"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GoalTarget.parse("cost <= 0 by 2031-32").of(o));
        assertTrue(e.getMessage().contains("does not reach 2031-32"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GoalTarget.parse("shortfall:AP <= 0 by 2030").of(o));
        assertTrue(e.getMessage().contains("AP has no capacity"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GoalTarget.parse("cost <= 0 by 2029-30").of(outcome(false)));
        assertTrue(e.getMessage().contains("needs places and money"), e.getMessage());
        assertNull(outcome(false).plan());
    }
}
