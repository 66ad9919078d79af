package org.sendplan.app;

import org.sendplan.data.DfeRelease;
import org.sendplan.model.Area;
import org.sendplan.model.Ages;
import org.sendplan.model.PlanningData;
import org.sendplan.model.Population;
import org.sendplan.model.benchmark.Requests;
import org.sendplan.model.reform.ReformInputs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the reform plan's tables read from the release beside the forecast: an area's published
 * requests, assessments and new plans (by age) of one calendar year, as published (a region's or
 * England's the sum of its authorities', like the benchmarks): the observed year of tables 10–12
 * shows the published figures, not the model's cleaned series.
 */
final class ReformData {
    private ReformData() {
    }

    static ReformInputs of(DfeRelease release, Area area, int calendarYear, Population population) {
        PlanningData d = PupilRoute.sen2(release, area);
        List<Requests> requests = new ArrayList<>();
        for (Area la : PupilRoute.members(release, area)) requests.add(release.requests().getOrDefault(la.code(), Requests.NONE));
        Requests r = Requests.sum(requests);
        double[] byAge = d.newPlansByAge().get(calendarYear);
        Double newPlans = d.newPlansTotal().get(calendarYear);
        double[] none = new double[Ages.COUNT];
        Arrays.fill(none, Double.NaN);
        return new ReformInputs(release.source(), r.receivedIn(calendarYear), r.assessedIn(calendarYear), newPlans == null ? Double.NaN : newPlans,
                byAge == null ? none : byAge, population);
    }
}
