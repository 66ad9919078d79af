package org.sendplan.reports;

import org.sendplan.model.Assumption;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Provision;
import org.sendplan.model.RunResult;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.Capacity;
import org.sendplan.model.money.CapacityEntry;
import org.sendplan.model.money.CostRow;
import org.sendplan.model.money.Finance;
import org.sendplan.model.money.FinancialYear;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.PlacesRow;
import org.sendplan.model.money.SufficiencyPlan;
import org.sendplan.model.money.UnitCost;
import org.sendplan.model.pupils.PupilOutlook;
import org.sendplan.model.transition.Estimation;
import org.sendplan.model.transition.EstimationConfig;
import org.sendplan.model.transition.StateCosts;
import org.sendplan.model.transition.TransitionReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@link RunResult}s of each route's shape, built around {@link Fixtures#forecast}: a baseline
 * and one scenario ({@link #SCENARIO}, every value × {@link #SCALE}), with hand-made plans,
 * backtest, pupil outlooks, transition rates and peer costs whose figures follow from the fixture:
 * <ul>
 * <li>plan: per provision (every one; 0 where the fixture has none) and January census, demand =
 *     the provision's summary mean, capacity {@link #CAPACITY} for SPECIAL_STATE (unknown for the
 *     others); one cost row per financial year F (the January F demand) and provision, unit cost
 *     {@link #UNIT_COST}, cost = demand × unit cost; budget per financial year;</li>
 * <li>peer costs: per financial year F (2024, 2025), one row per setting and a total row,
 *     placements = the January F total / 2 per setting, unit cost {@link #UNIT_COST}.</li>
 * </ul>
 */
final class RunFixtures {
    static final String SCENARIO = "more-special";
    static final double SCALE = 1.1;
    static final double CAPACITY = 100;
    static final double UNIT_COST = 20_000;
    static final double OCCUPANCY = 0.95;

    private RunFixtures() {
    }

    static List<Forecast> forecasts() {
        return List.of(Fixtures.forecast(), Fixtures.forecast(SCENARIO, SCALE));
    }

    /** DfE route: plans, a backtest and the pupil outlooks. */
    static RunResult dfe() {
        List<Outcome> outcomes = forecasts().stream().map(f -> new Outcome(f, plan(f))).toList();
        return new RunResult(outcomes, backtest(), List.of(outlook("baseline"), outlook(SCENARIO)), null, List.of(), null, List.of());
    }

    /** Person-level route with finance inputs: plans and the transition rates. */
    static RunResult personPlanned() {
        List<Outcome> outcomes = forecasts().stream().map(f -> new Outcome(f, plan(f))).toList();
        return new RunResult(outcomes, null, List.of(), transitions(), List.of(), null, List.of());
    }

    /** Person-level route without finance, with the peer's costs.csv: costs per need × setting. */
    static RunResult personPeerCosts() {
        List<Outcome> outcomes = forecasts().stream().map(f -> new Outcome(f, null)).toList();
        return new RunResult(outcomes, null, List.of(), transitions(), forecasts().stream().map(RunFixtures::stateCosts).toList(), null, List.of());
    }

    /** Person-level route with neither finance nor the peer's costs. */
    static RunResult personUncosted() {
        List<Outcome> outcomes = forecasts().stream().map(f -> new Outcome(f, null)).toList();
        return new RunResult(outcomes, null, List.of(), transitions(), List.of(), null, List.of());
    }

    /**
     * A sufficiency-plan workbook with every kind of sheet: the DfE route's outcomes with
     * {@code plan} as the baseline's plan (the scenario keeps its own), the backtest, and the
     * Pupil census and Transition model sheets.
     */
    static Path everySheet(SufficiencyPlan plan, Path file) throws IOException {
        List<Forecast> fs = forecasts();
        List<Outcome> outcomes = List.of(new Outcome(fs.get(0), plan), new Outcome(fs.get(1), plan(fs.get(1))));
        WorkbookWriter.write(outcomes, backtest(), List.of(PupilCensusSheet.of(outlook("baseline")), new TransitionSheet(transitions())), file);
        return file;
    }

    static double mean(Forecast f, Dimension d, String group, int year) {
        for (SummaryRow r : f.summary(d)) if (r.group().equals(group) && r.year() == year) return r.mean();
        return 0;
    }

    static SufficiencyPlan plan(Forecast f) {
        List<Provision> provisions = List.of(Provision.values());
        List<CapacityEntry> entries = List.of(new CapacityEntry(Provision.SPECIAL_STATE, AcademicYear.ofCensus(Fixtures.BASE), CAPACITY, null, ""));
        Capacity capacity = new Capacity(entries, "test capacity", false);
        Map<Provision, UnitCost> costs = new EnumMap<>(Provision.class);
        for (Provision p : provisions) costs.put(p, UnitCost.of(UNIT_COST));
        TreeMap<Integer, Double> hnb = new TreeMap<>(Map.of(Fixtures.BASE, 4_000_000.0));
        Finance finance = new Finance(new FinancialYear(Fixtures.BASE), 0.03, costs, hnb, 0.03, 0, new TreeMap<>(), Finance.DEFAULT_OVERFLOW,
                "test finance", true);
        List<PlacesRow> places = new ArrayList<>();
        List<CostRow> costRows = new ArrayList<>();
        List<BudgetRow> budget = new ArrayList<>();
        double cumulative = 0;
        for (int y = 0; y < Fixtures.YEARS; y++) {
            int census = Fixtures.BASE + y;
            double total = 0;
            for (Provision p : provisions) {
                double demand = mean(f, Dimension.PROVISION, p.name(), census);
                double cap = p == Provision.SPECIAL_STATE ? CAPACITY : Double.NaN;
                double needed = demand / OCCUPANCY;
                places.add(new PlacesRow(AcademicYear.ofCensus(census), p, null, demand, demand, 1.25 * demand, cap, needed, cap - needed,
                        cap - 1.25 * needed, Double.NaN, demand, Double.NaN, Double.NaN));
                costRows.add(new CostRow(new FinancialYear(census), p, demand, UNIT_COST, demand * UNIT_COST, 0.8 * demand * UNIT_COST,
                        1.25 * demand * UNIT_COST));
                total += demand * UNIT_COST;
            }
            double allocation = 4_000_000 * Math.pow(1.03, y);
            cumulative += allocation - total;
            budget.add(new BudgetRow(new FinancialYear(census), allocation, total, 0, allocation - total, cumulative, cumulative - 1e5,
                    cumulative + 1e5));
        }
        FinancialYear lowest = budget.get(budget.size() - 1).year();
        return new SufficiencyPlan(capacity, finance, OCCUPANCY, places, costRows, budget,
                Map.of(Provision.SPECIAL_STATE, AcademicYear.ofCensus(Fixtures.BASE + 1)), lowest,
                List.of(new Assumption("cost", "unit cost SPECIAL_STATE", UNIT_COST, "test finance")),
                List.of("Finance is illustrative."));
    }

    static RollingBacktest.Result backtest() {
        List<RollingBacktest.Row> rows = new ArrayList<>();
        for (int base = 2019; base <= 2021; base++) {
            for (int h = 1; h <= 2; h++) {
                double actual = 100 + 10 * (base - 2019) + 5 * h;
                rows.add(new RollingBacktest.Row("202", RollingBacktest.Method.SENDPLAN, base, h, Dimension.TOTAL, SummaryRow.ALL, actual * 1.02,
                        actual * 0.9, actual * 1.1, actual));
                rows.add(new RollingBacktest.Row("202", RollingBacktest.Method.LAST_VALUE, base, h, Dimension.TOTAL, SummaryRow.ALL, actual * 0.95,
                        Double.NaN, Double.NaN, actual));
                rows.add(new RollingBacktest.Row("202", RollingBacktest.Method.LAST_GROWTH, base, h, Dimension.TOTAL, SummaryRow.ALL, actual * 1.04,
                        Double.NaN, Double.NaN, actual));
                rows.add(new RollingBacktest.Row("202", RollingBacktest.Method.SENDPLAN, base, h, Dimension.PROVISION, Provision.MAINSTREAM.name(),
                        actual * 0.51, actual * 0.45, actual * 0.55, actual / 2));
            }
        }
        return new RollingBacktest.Result(Fixtures.AREA, 2, rows,
                List.of(new RollingBacktest.BaseYear(2019, "cohort", "single ages"), new RollingBacktest.BaseYear(2020, "bands", "age bands")),
                List.of("Backtest from every base year with two years of outturn."),
                List.of(new DataWarning("caseload 2019", 2019, "release 2023 and release 2024 differ by 2; 2024 used", false)));
    }

    /** Two years (2024 observed, 2025 projected) × Reception, Year 7 and Year 12. */
    static PupilOutlook outlook(String scenario) {
        List<PupilOutlook.Row> rows = List.of(
                new PupilOutlook.Row(2024, 0, 2000, false, 200, 40),
                new PupilOutlook.Row(2024, 7, 1000, false, Double.NaN, 30),
                new PupilOutlook.Row(2024, 12, 400, false, 20, 100),
                new PupilOutlook.Row(2025, 0, 1800, true, 180, 45),
                new PupilOutlook.Row(2025, 7, 1000, true, Double.NaN, 35),
                new PupilOutlook.Row(2025, 12, 400, true, 22, 110));
        return new PupilOutlook(scenario, "202", "Camden", 2024, rows,
                List.of(new PupilOutlook.NewPlanRate(2024, 12, 200)), List.of(), List.of());
    }

    static TransitionReport transitions() {
        List<String> settings = List.of("MMSIB", "SPEC");
        double[][] leaveBy = {{0.02, 0.01}, {0.03, Double.NaN}, {0.04, 0.02}};
        double[][] moveBy = {{0.05, 0.04}, {0.06, Double.NaN}, {0.07, 0.05}};
        org.sendplan.model.transition.HoldoutBacktest bt = new org.sendplan.model.transition.HoldoutBacktest(List.of(
                new org.sendplan.model.transition.HoldoutBacktest.Row(EstimationConfig.POOLED, 0.031, new double[]{2.5, -3.7}),
                new org.sendplan.model.transition.HoldoutBacktest.Row(new EstimationConfig(0.8, 0.8, 0.5, 0.5, false, false), 0.024,
                        new double[]{1.5, -3.3})),
                1, List.of(new int[]{2021, 1}, new int[]{2022, 1}));
        return new TransitionReport(Estimation.TREND, new EstimationConfig(0.8, 0.8, 0.5, 0.5, false, false), 6,
                new double[]{0.0012, 0.0011, 0.0010}, new double[]{0.03, 0.035, 0.04}, new double[]{0.06, 0.065, 0.07}, settings, leaveBy, moveBy,
                new int[]{2025, 2026}, new double[]{1.01, 1.02}, new double[]{0.99, 0.98}, bt);
    }

    static StateCosts stateCosts(Forecast f) {
        List<StateCosts.Row> rows = new ArrayList<>();
        for (int y = 0; y + 1 < Fixtures.YEARS; y++) {
            int year = Fixtures.BASE + y;
            double plans = mean(f, Dimension.TOTAL, SummaryRow.ALL, year);
            FinancialYear fy = new FinancialYear(year);
            for (String s : List.of("MMSIB", "SPEC")) {
                rows.add(new StateCosts.Row(fy, s, plans / 2, UNIT_COST, plans / 2 * UNIT_COST, 0.9 * plans / 2 * UNIT_COST,
                        1.1 * plans / 2 * UNIT_COST));
            }
            rows.add(new StateCosts.Row(fy, StateCosts.TOTAL, plans, UNIT_COST, plans * UNIT_COST, 0.9 * plans * UNIT_COST, 1.1 * plans * UNIT_COST));
        }
        int[] census = {Fixtures.BASE, Fixtures.BASE + 1, Fixtures.BASE + 2};
        double[] m = new double[3];
        for (int y = 0; y < 3; y++) m[y] = mean(f, Dimension.TOTAL, SummaryRow.ALL, Fixtures.BASE + y) * UNIT_COST;
        return new StateCosts(rows, census, m, m.clone(), m.clone(), 3);
    }
}
