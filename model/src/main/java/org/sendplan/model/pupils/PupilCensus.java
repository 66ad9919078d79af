package org.sendplan.model.pupils;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the pupil census says about one area, aggregated: per January census year, pupils,
 * pupils on SEN support and pupils with an EHC plan by NC year (index {@link NcYears#index});
 * {@code NaN} where a figure is not known. Nothing pupil-level.
 *
 * @param pupilsSource  where the pupil numbers came from ("" when none)
 * @param pupils        census year → pupils by NC year
 * @param senSource     where SEN support and EHC plans came from ("" when none)
 * @param senSupport    census year → pupils on SEN support by NC year
 * @param ehcp          census year → pupils with an EHC plan by NC year
 * @param notes         what the readers left out or assumed, one sentence each
 */
public record PupilCensus(String pupilsSource, SortedMap<Integer, double[]> pupils, String senSource,
                          SortedMap<Integer, double[]> senSupport, SortedMap<Integer, double[]> ehcp, List<String> notes) {
    public PupilCensus {
        pupils = frozen(pupils);
        senSupport = frozen(senSupport);
        ehcp = frozen(ehcp);
        notes = List.copyOf(notes);
    }

    public static final PupilCensus NONE = new PupilCensus("", new TreeMap<>(), "", new TreeMap<>(), new TreeMap<>(), List.of());

    public boolean hasPupils() {
        return !pupils.isEmpty();
    }

    /** The censuses known in January {@code baseYear} (census years up to it). */
    public PupilCensus knownAt(int baseYear) {
        return new PupilCensus(pupilsSource, pupils.headMap(baseYear + 1), senSource, senSupport.headMap(baseYear + 1),
                ehcp.headMap(baseYear + 1), notes);
    }

    /** This census with the SEN figures (and their source) of {@code other}, and both sets of notes. */
    public PupilCensus withSen(PupilCensus other) {
        List<String> n = new ArrayList<>(notes);
        n.addAll(other.notes);
        return new PupilCensus(pupilsSource, pupils, other.senSource, other.senSupport, other.ehcp, n);
    }

    private static SortedMap<Integer, double[]> frozen(SortedMap<Integer, double[]> m) {
        TreeMap<Integer, double[]> copy = new TreeMap<>();
        m.forEach((k, v) -> copy.put(k, v.clone()));
        return Collections.unmodifiableSortedMap(copy);
    }
}
