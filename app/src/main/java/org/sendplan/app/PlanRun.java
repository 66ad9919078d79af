package org.sendplan.app;

import org.sendplan.data.PopulationReader;
import org.sendplan.data.money.CapacityReader;
import org.sendplan.data.money.FinanceReader;
import org.sendplan.scenarios.Scenario;
import org.sendplan.model.cohort.CohortAssumptions;
import org.sendplan.model.cohort.CohortProjector;
import org.sendplan.model.Forecast;
import org.sendplan.model.money.Capacity;
import org.sendplan.model.money.Finance;
import org.sendplan.model.money.IllustrativeInputs;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.SufficiencyPlan;
import org.sendplan.model.money.SufficiencyPlanner;
import org.sendplan.model.scenario.Levers;

import java.nio.file.Path;

/**
 * One run of the DfE route for an area: the baseline and any number of scenarios against the
 * same capacity and finance, sharing random numbers (same seed, same draws). In expected-path
 * mode every projection is a single simulation without randomness (for goal-seek).
 */
public final class PlanRun {
    private final DfeRoute route;
    private final DfeRoute.Request request;
    private final Path capacityFile;
    private final Path financeFile;
    private final double occupancy;
    private final boolean expectedPath;
    private CohortAssumptions assumptions;
    private Capacity capacity;
    private Finance finance;
    private Outcome baseline;

    public PlanRun(DfeRoute route, DfeRoute.Request request, Path capacityFile, Path financeFile, double occupancy, boolean expectedPath) {
        this.route = route;
        this.request = request;
        this.capacityFile = capacityFile;
        this.financeFile = financeFile;
        this.occupancy = occupancy;
        this.expectedPath = expectedPath;
    }

    public Outcome baseline() {
        if (baseline == null) {
            Forecast f = project(assumptions(), "baseline", Levers.NONE);
            capacity = capacityFile != null ? CapacityReader.read(capacityFile) : IllustrativeInputs.capacity(f);
            SufficiencyPlan plan;
            if (financeFile == null) {
                plan = IllustrativeInputs.withAllocation(f, capacity, IllustrativeInputs.finance(), occupancy);
            } else {
                plan = SufficiencyPlanner.plan(f, capacity, FinanceReader.read(financeFile), occupancy);
            }
            finance = plan.finance();
            baseline = new Outcome(f, plan);
        }
        return baseline;
    }

    /** A scenario against the baseline's capacity and finance, with its own levers and overrides. */
    public Outcome scenario(Scenario s) {
        baseline();
        CohortAssumptions as = assumptions();
        if (s.population() != null) {
            DfeRoute.Request r = new DfeRoute.Request(request.area(), request.baseYear(), request.horizon(),
                    PopulationReader.read(s.population(), request.area().newCode()), request.simulations(), request.seed(), request.parameters());
            as = expectedPath ? route.estimate(r).expectedPath() : route.estimate(r);
        }
        Forecast f = project(as, s.name(), s.levers());
        return new Outcome(f, SufficiencyPlanner.plan(f, s.capacity(capacity), s.finance(finance), occupancy));
    }

    private CohortAssumptions assumptions() {
        if (assumptions == null) {
            assumptions = route.estimate(request);
            if (expectedPath) assumptions = assumptions.expectedPath();
        }
        return assumptions;
    }

    private Forecast project(CohortAssumptions as, String name, Levers levers) {
        return CohortProjector.project(as, request.horizon(), expectedPath ? 1 : request.simulations(), request.seed(), name, levers);
    }
}
