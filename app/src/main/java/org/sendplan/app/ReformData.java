package org.sendplan.app;

import org.sendplan.data.DfeRelease;
import org.sendplan.model.Aggregates;
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
        List<PlanningData> data = new ArrayList<>();
        List<Requests> requests = new ArrayList<>();
        for (Area la : release.authorities()) {
            boolean member = switch (area.level()) {
                case LOCAL_AUTHORITY -> la.code().equals(area.code());
                case REGION -> la.region().equals(area.name());
                case ENGLAND -> true;
            };
            if (!member) continue;
            if (release.data().containsKey(la.code())) data.add(release.data().get(la.code()));
            requests.add(release.requests().getOrDefault(la.code(), Requests.NONE));
        }
        PlanningData d = Aggregates.sum(area, data);
        Requests r = Requests.sum(requests);
        double[] byAge = d.newPlansByAge().get(calendarYear);
        Double newPlans = d.newPlansTotal().get(calendarYear);
        double[] none = new double[Ages.COUNT];
        Arrays.fill(none, Double.NaN);
        return new ReformInputs(release.source(), r.receivedIn(calendarYear), r.assessedIn(calendarYear), newPlans == null ? Double.NaN : newPlans,
                byAge == null ? none : byAge, population);
    }
}
