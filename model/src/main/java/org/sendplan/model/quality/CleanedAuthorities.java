package org.sendplan.model.quality;

import org.sendplan.model.Aggregates;
import org.sendplan.model.Area;
import org.sendplan.model.PlanningData;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every authority's data known at a base year, checked ({@link DataQuality#check}) and cleaned,
 * and England as their sum: regions and England are built from cleaned authorities, never from
 * the published regional rows, which do not always add up.
 *
 * @param cleaned old LA code → cleaned series known at the base year (authorities with a caseload only)
 * @param reports old LA code → what the checks found
 * @param england the sum of the cleaned authorities
 */
public record CleanedAuthorities(Map<String, PlanningData> cleaned, Map<String, DataQuality.Report> reports, PlanningData england) {
    public CleanedAuthorities {
        cleaned = Collections.unmodifiableMap(new LinkedHashMap<>(cleaned));
        reports = Collections.unmodifiableMap(new LinkedHashMap<>(reports));
    }

    /**
     * @param data     old LA code → observed series, in the order England is summed (published order)
     * @param repeated old LA code → calendar years whose new-plans total is a region's ({@link DataQuality#repeatedNewPlans})
     */
    public static CleanedAuthorities at(int base, Map<String, PlanningData> data, Map<String, Set<Integer>> repeated) {
        Map<String, PlanningData> cleaned = new LinkedHashMap<>();
        Map<String, DataQuality.Report> reports = new LinkedHashMap<>();
        data.forEach((code, d) -> {
            PlanningData known = d.knownAt(base);
            if (known.caseloadTotal().isEmpty()) return;
            DataQuality.Report q = DataQuality.check(known, base, repeated.getOrDefault(code, Set.of()));
            reports.put(code, q);
            cleaned.put(code, DataQuality.cleaned(known, q));
        });
        return new CleanedAuthorities(cleaned, reports, Aggregates.sum(Area.ENGLAND, List.copyOf(cleaned.values())));
    }

    /** A region as the sum of its cleaned authorities ({@code authorities} in published order). */
    public PlanningData region(String region, List<Area> authorities) {
        List<PlanningData> members = new ArrayList<>();
        for (Area la : authorities) if (la.region().equals(region) && cleaned.containsKey(la.code())) members.add(cleaned.get(la.code()));
        return Aggregates.sum(new Area(region, region, region, Area.Level.REGION, region), members);
    }
}
