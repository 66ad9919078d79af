package org.sendplan.data;

import org.sendplan.model.Area;
import org.sendplan.model.PlanningData;
import org.sendplan.model.benchmark.Requests;

import java.util.List;
import java.util.Map;

/**
 * A DfE SEN2 release as read: every authority's observed series, keyed by old LA code, and
 * the areas that can be forecast. Regions and England are the sums of their authorities
 * ({@link Aggregates}), not the published regional rows, because those do not always add up.
 *
 * @param source      where it was read from (folder or "bundled DfE SEN2 2025")
 * @param authorities every authority in the release, in published order
 * @param regions     region name → region code, in published order
 * @param data        old LA code → observed series
 * @param warnings    things the reader noticed but could use (unknown columns or labels)
 * @param requests    old LA code → requests for an EHC needs assessment ({@code requests.csv}); empty when the
 *                    release read has no requests table
 * @param fingerprint what identifies the data read, so that work derived from it alone can be kept
 *                    ({@link ReleaseFingerprint}); null where unknown (nothing is kept)
 */
public record DfeRelease(String source, List<Area> authorities, Map<String, String> regions,
                         Map<String, PlanningData> data, List<String> warnings, Map<String, Requests> requests, String fingerprint)
        implements java.io.Serializable {
    public DfeRelease {
        authorities = List.copyOf(authorities);
        regions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regions));
        data = Map.copyOf(data);
        warnings = List.copyOf(warnings);
        requests = Map.copyOf(requests);
    }

    /** A release without a requests table, whose data are not identified (a test's own). */
    public DfeRelease(String source, List<Area> authorities, Map<String, String> regions, Map<String, PlanningData> data,
                      List<String> warnings) {
        this(source, authorities, regions, data, warnings, Map.of(), null);
    }
}
