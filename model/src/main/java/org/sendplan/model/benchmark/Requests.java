package org.sendplan.model.benchmark;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One authority's requests for an EHC needs assessment by calendar year, as the DfE's
 * {@code requests.csv} publishes them; NaN where the publisher wrote {@code x}.
 *
 * @param received         requests received in the year ({@code requests_received_in_year})
 * @param decidedToAssess  requests the authority decided to assess ({@code requests_decided_to_assess}); the
 *                         file does not say how many of them led to a plan
 */
public record Requests(SortedMap<Integer, Double> received, SortedMap<Integer, Double> decidedToAssess) implements java.io.Serializable {
    public static final Requests NONE = new Requests(new TreeMap<>(), new TreeMap<>());

    public Requests {
        received = Collections.unmodifiableSortedMap(new TreeMap<>(received));
        decidedToAssess = Collections.unmodifiableSortedMap(new TreeMap<>(decidedToAssess));
    }

    /** Requests received in {@code year}; NaN when not published. */
    public double receivedIn(int year) {
        Double v = received.get(year);
        return v == null ? Double.NaN : v;
    }

    /** Requests decided to be assessed in {@code year}; NaN when not published. */
    public double assessedIn(int year) {
        Double v = decidedToAssess.get(year);
        return v == null ? Double.NaN : v;
    }

    /**
     * A region's or England's requests as the sum of its authorities'. A year is summed only where
     * every authority with a row that year published a number: a sum that left out an authority's
     * {@code x} would read as a fall in requests.
     */
    public static Requests sum(Iterable<Requests> members) {
        SortedMap<Integer, Double> received = new TreeMap<>(), assessed = new TreeMap<>();
        for (Requests r : members) {
            r.received.forEach((y, v) -> received.merge(y, v, Double::sum));
            r.decidedToAssess.forEach((y, v) -> assessed.merge(y, v, Double::sum));
        }
        // NaN + anything is NaN: a year with one authority's x stays missing
        return new Requests(received, assessed);
    }
}
