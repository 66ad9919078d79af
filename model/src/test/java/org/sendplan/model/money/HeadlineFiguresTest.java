package org.sendplan.model.money;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Area;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Phase;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Projection;
import org.sendplan.model.Provision;
import org.sendplan.model.Setting;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.scenario.ScenarioDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The headline figures, each worked by hand on a plan of one simulation (so its mean and median
 * are the same) over January 2025–2027: academic years 2024/25–2026/27, financial years 2025-26
 * and 2026-27. Every report reads these, so a wrong definition shows here first.
 */
class HeadlineFiguresTest {
    private static final Map<Provision, Double> UNITS = Map.of(Provision.RESOURCED, 1_000.0, Provision.SPECIAL_STATE, 2_000.0,
            Provision.SPECIAL_INDEPENDENT, 10_000.0);

    static Forecast forecast(String name, Map<Provision, double[]> perYear, double[] totals) {
        int years = totals.length;
        PlacementDraws d = new PlacementDraws(2025, years, 1);
        perYear.forEach((p, v) -> {
            for (int h = 0; h < years; h++) d.add(h, p, Phase.PRIMARY, 0, v[h]);
        });
        List<SummaryRow> summary = new ArrayList<>();
        for (int h = 0; h < years; h++) {
            double t = totals[h];
            summary.add(new SummaryRow(2025 + h, Dimension.TOTAL, SummaryRow.ALL, t, t, t, t, t, t));
        }
        double[] z = new double[years];
        Projection proj = new Projection(2025, years, 5, 1, List.of(new Setting("S", "S", Provision.MAINSTREAM)), List.of("ASD"),
                z, z.clone(), z.clone(), z.clone());
        return new Forecast(name, new Area("1", "E1", "Test", Area.Level.LOCAL_AUTHORITY, "R"), 2025, years - 1, proj, summary, List.of(),
                List.of(), List.of(), d);
    }

    static Capacity capacity(double resourced, double state) {
        return new Capacity(List.of(new CapacityEntry(Provision.RESOURCED, new AcademicYear(2024), resourced, null, ""),
                new CapacityEntry(Provision.SPECIAL_STATE, new AcademicYear(2024), state, null, "")), "test", false);
    }

    static Outcome outcome(String name, double[] resourced, double[] state, double[] totals, Capacity c, double hnb, String... levers) {
        Forecast f = forecast(name, Map.of(Provision.RESOURCED, resourced, Provision.SPECIAL_STATE, state,
                Provision.SPECIAL_INDEPENDENT, new double[]{50, 50, 50}), totals);
        Finance fin = SufficiencyPlannerTest.finance(UNITS, 0, Map.of(2025, hnb), 0, 0, Map.of());
        return new Outcome(f, SufficiencyPlanner.plan(f, c, fin, 1.0), new ScenarioDefinition("", List.of(levers)));
    }

    /**
     * Resourced: demand 100, 130, 115 against 100 places: 0, 30 and 15 places short; state special:
     * 500, 500, 520 against 500: short only in 2026/27, by 20. Places to commission: each
     * provision's most in any year, 30 + 20 = 50 (the last year alone would say 15 + 20 = 35).
     * Overflow: resourced sends 30 (then 15) to state special, which sends 30 (then 35) on to
     * independent: independent placed 50, 80, 85, so in 2026-27 5/12 × 80 + 7/12 × 85 = 82.917.
     * Cost at £1,000 / £2,000 / £10,000 a placement: 2025-26 = 5/12 × (100k + 1,000k + 500k) +
     * 7/12 × (100k + 1,000k + 800k) = 1,775,000; 2026-27 = 5/12 × 1,900,000 + 7/12 × (100k +
     * 1,000k + 850k) = 1,929,170 (independent 82.917 as costed, to 3 decimals). With £1.8m a year from
     * an opening 0 the balance is +25,000,
     * then −104,170: the lowest, in 2026-27.
     */
    @Test
    void eachHeadlineFigureIsTheHandCalculation() {
        Outcome o = outcome("baseline", new double[]{100, 130, 115}, new double[]{500, 500, 520}, new double[]{650, 680, 685},
                capacity(100, 500), 1_800_000);
        SufficiencyPlan plan = o.plan();
        assertEquals(30, plan.placesToCommission(Provision.RESOURCED).p50(), 0);
        assertEquals(20, plan.placesToCommission(Provision.SPECIAL_STATE).p50(), 0);
        assertTrue(Double.isNaN(plan.placesToCommission(Provision.SPECIAL_INDEPENDENT).p50()), "not commissioned");
        assertEquals(50, plan.placesToCommission().p50(), 0);
        assertEquals(50, plan.placesToCommission().p90(), 0, "one simulation: p90 demand is the median");
        assertEquals(new AcademicYear(2025), plan.firstShortfall().get(Provision.RESOURCED));
        assertEquals(new AcademicYear(2026), plan.firstShortfall().get(Provision.SPECIAL_STATE));
        assertEquals(new AcademicYear(2025), plan.earliestShortfall());
        FinancialYear last = new FinancialYear(2026);
        assertEquals(last, plan.lastFinancialYear());
        assertEquals(82.917, plan.placements(last, Provision.SPECIAL_INDEPENDENT), 1e-9);
        assertEquals(1_775_000, plan.budgetRow(new FinancialYear(2025)).costMean(), 1);
        assertEquals(1_929_170, plan.budgetRow(last).costMean(), 1e-6);
        assertEquals(last, plan.lowestBalance().year());
        assertEquals(-104_170, plan.lowestBalance().cumulativeBalance(), 1e-6);

        ScenarioHeadline h = ScenarioHeadline.of(o, o);
        assertEquals(50, h.commission().p50(), 0);
        assertEquals(82.917, h.independent(), 1e-9);
        assertEquals(-104_170, h.lowestBalance(), 1e-6);
        assertEquals("", h.againstBaseline(), "the baseline is not set against itself");
        assertNull(h.worse());
    }

    /** Resourced 100 a year against 100 places; state special 500 against 480, so 20 go on to independent (50 + 20 = 70) every year. */
    static Outcome baseline() {
        return outcome("baseline", new double[]{100, 100, 100}, new double[]{500, 500, 500}, new double[]{650, 650, 650}, capacity(100, 480),
                2_000_000);
    }

    /**
     * 40 more state special places: nobody overflows to independent (50 a year, 20 fewer), and
     * state special holds 500 (20 more at £2,000): £200,000 − £40,000 = £160,000 less cost each year.
     */
    @Test
    void aBetterScenarioSaysFewerAndLess() {
        Outcome base = baseline();
        Outcome better = outcome("more-places", new double[]{100, 100, 100}, new double[]{500, 500, 500}, new double[]{650, 650, 650},
                capacity(100, 520), 2_000_000, "capacity: [{provision: SPECIAL_STATE, add: 40}]");
        List<Saving> s = Saving.of(base, better);
        assertEquals(20, s.get(1).independentPlacements(), 1e-9);
        assertEquals(160_000, s.get(1).cost(), 1e-6);
        assertEquals(320_000, s.get(1).cumulativeCost(), 1e-6);
        ScenarioHeadline h = ScenarioHeadline.of(better, base);
        assertEquals("no change in EHC plans in January 2027; in 2026-27 20 fewer independent placements, £0.2m less cost "
                + "(£0.3m saved from 2025-26 to 2026-27)", h.againstBaseline());
        assertNull(h.worse());
    }

    /**
     * A redirect into resourced provision that grows it to 170 then 190 against 110 places:
     * resourced sends 60 (then 80) to state special (460 + 60 = 520, then 450 + 80 = 530 against
     * 480), which sends 40 (then 50) on to independent: 90, then 100, against the baseline's 70.
     * In 2026-27: 5/12 × 90 + 7/12 × 100 = 95.833 independent placements, 25.833 more, all
     * overflow (independent's own demand is unchanged); cost 110k + 960k + 958,330 against 100k +
     * 960k + 700k: £268,330 more (95.833 as costed, to 3 decimals). Plans in January 2027: 690 against 650, 40 more.
     */
    @Test
    void aWorseScenarioSaysMoreAndNamesItsLevers() {
        Outcome base = baseline();
        Outcome worse = outcome("redirected", new double[]{100, 170, 190}, new double[]{500, 460, 450}, new double[]{650, 680, 690},
                capacity(110, 480), 2_000_000, "levers.redirect: [{from: SPECIAL_STATE, to: RESOURCED, share: 0.2}]",
                "capacity: [{provision: RESOURCED, add: 10}]");
        Saving last = Saving.of(base, worse).get(1);
        assertEquals(-25.833, last.independentPlacements(), 1e-9);
        assertEquals(-40, last.plans(), 1e-9, "the central forecast in the January of the financial year");
        assertEquals(-268_330, last.cost(), 1);
        ScenarioHeadline h = ScenarioHeadline.of(worse, base);
        assertEquals("40 more EHC plans in January 2027; in 2026-27 26 more independent placements, £0.3m more cost "
                + "(£0.4m more spent from 2025-26 to 2026-27)", h.againstBaseline());
        Worsening w = h.worse();
        assertEquals(25.833, w.independentRise(), 1e-9);
        assertEquals(0, w.ownDemandChange(), 1e-9);
        assertEquals(25.833, w.overflowChange(), 1e-9);
        assertEquals(List.of("redirect"), w.leverTypes());
        assertEquals(List.of("capacity"), w.otherChanges());
        assertEquals(1, w.pressures().size());
        Worsening.Pressure p = w.pressures().get(0);
        assertEquals(Provision.RESOURCED, p.provision());
        assertEquals(90, p.demandChange(), 1e-9);
        assertEquals(10, p.placesAdded(), 1e-9);
        assertEquals(List.of("redirect"), p.levers());
        assertEquals(List.of(Provision.SPECIAL_STATE, Provision.SPECIAL_INDEPENDENT), p.route());
        String why = w.sentence();
        assertTrue(why.startsWith("redirected has 26 more independent placements and £0.3m more cost than the baseline in 2026-27."), why);
        assertTrue(why.contains("26 more children overflow into them"), why);
        assertTrue(why.contains("the redirect lever sends children to it"), why);
        assertTrue(why.contains("Its one rate lever (redirect), with its capacity changes, raised independent placements and cost."), why);
    }

    @Test
    void smallDifferencesAreNoChange() {
        assertEquals("no change in EHC plans", ScenarioHeadline.count(0.4, "EHC plans"));
        assertEquals("1 more EHC plans", ScenarioHeadline.count(-0.6, "EHC plans"));
        assertEquals("no change in cost", ScenarioHeadline.money(-49_999, "less cost", "more cost", "cost"));
        assertEquals("£4.8m more cost", ScenarioHeadline.money(-4_806_140, "less cost", "more cost", "cost"));
    }
}
