package org.sendplan.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendplan.model.Dimension;
import org.sendplan.model.Phase;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Provision;
import org.sendplan.model.RunResult;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.FinancialYear;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.Saving;
import org.sendplan.model.pupils.PupilOutlook;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2026 reform scenarios shipped in {@code scenarios/stockton/}, run beside the baseline on the
 * default authority (Stockton-on-Tees, January 2025, the bundled data, ILLUSTRATIVE capacity and
 * finance), each doing what it says in plans and in the DSG plan's money. Scenarios share the
 * baseline's random numbers, so differences are the levers'; 200 simulations keep it quick.
 */
class ReformScenariosTest {
    static final List<String> FILES = List.of("support-layer.yaml", "phase-transfer-review.yaml", "inclusion-bases.yaml",
            "plan-share-ceiling.yaml", "reforms-2026.yaml");
    private static RunResult run;

    @BeforeAll
    static void runAll() throws Exception {
        run = ExampleScenariosTest.runExamples(FILES);
    }

    private static Outcome outcome(String name) {
        return run.outcomes().stream().filter(o -> o.forecast().scenario().equals(name)).findFirst().orElseThrow();
    }

    /** The central figure (median of the draws) of the total. */
    private static double plans(String scenario, int year) {
        return outcome(scenario).forecast().summary(Dimension.TOTAL).stream().filter(r -> r.year() == year)
                .mapToDouble(SummaryRow::central).findFirst().orElseThrow();
    }

    /** Mean of the draws: plans, or children in the support layer. */
    private static double mean(String scenario, int year, boolean layer) {
        PlacementDraws d = outcome(scenario).forecast().draws();
        double s = 0;
        for (int k = 0; k < d.simulations(); k++) s += layer ? d.supportLayer(year - d.firstYear(), k) : d.total(year - d.firstYear(), k);
        return s / d.simulations();
    }

    private static Saving saving(String scenario, int fy) {
        return Saving.of(outcome("baseline"), outcome(scenario)).stream().filter(s -> s.year().start() == fy).findFirst().orElseThrow();
    }

    private static BudgetRow budget(String scenario, int fy) {
        return outcome(scenario).plan().budgetRow(new FinancialYear(fy));
    }

    @Test
    void supportLayerTakesFifteenPercentOfNewPlansFromJanuary2028AndCostsThem() {
        // from 2026/27 nothing differs: the lever starts in 2027/28, first changing January 2028
        assertEquals(plans("baseline", 2027), plans("support-layer", 2027));
        for (int y = 2028; y <= 2035; y++) assertTrue(plans("support-layer", y) < plans("baseline", y), "January " + y);
        // The children leave the plans for the support layer: plans + layer is the baseline's plans in
        // every draw, in the cohort model (ReformLeversTest) and after the calibration, which judges the
        // children with or without a plan (CalibratedDraws); equal up to floating-point rounding.
        PlacementDraws b = outcome("baseline").forecast().draws(), s0 = outcome("support-layer").forecast().draws();
        for (int h = 1; h < b.years(); h++) {
            for (int k = 0; k < b.simulations(); k++) {
                assertEquals(b.total(h, k), s0.total(h, k) + s0.supportLayer(h, k), 1e-9 * b.total(h, k), "year " + h + " draw " + k);
            }
        }
        // Money: the placements' cost falls; the balance gains that less £4,000 a child (3% a year from 2025-26)
        Saving s = saving("support-layer", 2034);
        BudgetRow r = budget("support-layer", 2034);
        assertTrue(s.cost() > 0);
        assertEquals(4000 * Math.pow(1.03, 9), r.supportLayerSpend() / r.supportLayerChildren(), 0.01);
        assertEquals(s.cost() - r.supportLayerSpend(), s.balanceGain(), 1e-3);
    }

    /**
     * A quarter of the plan holders crossing into Year 7 and Year 12 leave, 2030/31 to 2034/35.
     * January 2031, the first census it changes: the support layer holds 0.25 × those who continue
     * across the two transfers: at most a quarter of the baseline's plans at ages 10 and 15 a year
     * before, at least 0.25 × 0.75 of them (continuation from 15 to 16 is lower than from 10).
     * By January 2035 about 1 in 8 of the plan holders of those years has moved (the DfE's figure).
     */
    @Test
    void phaseTransferReviewMovesItsShareAtTransferAndAboutOneInEightByJanuary2035() {
        for (int y = 2025; y <= 2030; y++) assertEquals(plans("baseline", y), plans("phase-transfer-review", y), "January " + y);
        for (int y = 2031; y <= 2035; y++) assertTrue(plans("phase-transfer-review", y) < plans("baseline", y), "January " + y);
        double atTransfer = atAges(2030, 10) + atAges(2030, 15);
        double moved = mean("phase-transfer-review", 2031, true);
        assertTrue(moved <= 0.25 * atTransfer && moved >= 0.25 * 0.75 * atTransfer, moved + " moved of " + atTransfer);
        double layer = mean("phase-transfer-review", 2035, true), holders = layer + mean("phase-transfer-review", 2035, false);
        assertEquals(1.0 / 8, layer / holders, 0.02, "share of 2035's holders moved");
    }

    /** The baseline's plans at an age in a January census (the projection's mean cells). */
    private static double atAges(int year, int age) {
        var p = outcome("baseline").forecast().projection();
        double s = 0;
        for (int set = 0; set < p.settings().size(); set++) {
            for (int n = 0; n < p.needs().size(); n++) s += p.mean(p.index(year - p.firstYear(), age - p.minAge(), set, n));
        }
        return s;
    }

    @Test
    void inclusionBasesAddSecondaryResourcedPlacesMoveNewSpecialPlansToThemAndSaveMoney() {
        for (int y = 2025; y <= 2035; y++) assertEquals(plans("baseline", y), plans("inclusion-bases", y), 1e-9 * plans("baseline", y));
        var cap = outcome("inclusion-bases").plan().capacity();
        assertEquals(60, cap.places(Provision.RESOURCED, Phase.SECONDARY, new AcademicYear(2027)), 0);
        assertEquals(180, cap.places(Provision.RESOURCED, Phase.SECONDARY, new AcademicYear(2033)), 0);
        assertEquals(outcome("baseline").plan().capacity().places(Provision.RESOURCED, new AcademicYear(2030)) + 180,
                cap.places(Provision.RESOURCED, new AcademicYear(2030)), 1e-9);
        assertTrue(saving("inclusion-bases", 2030).independentPlacements() > 0);
        assertTrue(saving("inclusion-bases", 2034).cumulativeBalanceGain() > 0);
        assertEquals(0, budget("inclusion-bases", 2034).supportLayerChildren(), 0, "nobody leaves the plans");
    }

    @Test
    void theCeilingHoldsEveryDrawAtOrUnderItsPlansPer1000PupilsAndTheExcessIsCostedInTheSupportLayer() {
        double[] perThousand = {145, 139, 134, 128, 122};
        PupilOutlook pupils = run.pupils().get(0);
        PlacementDraws d = outcome("plan-share-ceiling").forecast().draws();
        for (int y = 2031; y <= 2035; y++) {
            int year = y;
            double onRoll = pupils.rows().stream().filter(r -> r.year() == year).mapToDouble(PupilOutlook.Row::pupils).sum();
            double cap = perThousand[y - 2031] * onRoll / 1000;
            for (int k = 0; k < d.simulations(); k++) assertTrue(d.total(y - d.firstYear(), k) <= cap * (1 + 1e-12), "January " + y + " draw " + k);
            assertTrue(plans("plan-share-ceiling", y) <= cap * (1 + 1e-12), "central, January " + y);
        }
        // before the ceiling the same as the baseline
        assertEquals(plans("baseline", 2030), plans("plan-share-ceiling", 2030));
        // the money: fewer placements, the support layer costed, a better balance than the baseline's
        Saving s = saving("plan-share-ceiling", 2034);
        assertTrue(s.cost() > budget("plan-share-ceiling", 2034).supportLayerSpend());
        assertTrue(s.cumulativeBalanceGain() > 0);
    }

    @Test
    void allReformsTogetherHaveNoMorePlansThanAnyAloneAndTheBestBalance() {
        for (String f : FILES.subList(0, 4)) {
            String name = f.replace(".yaml", "");
            assertTrue(plans("reforms-2026", 2035) <= plans(name, 2035) + 1e-6, name);
            assertTrue(budget("reforms-2026", 2034).cumulativeBalance() > budget(name, 2034).cumulativeBalance(), name);
        }
    }
}
