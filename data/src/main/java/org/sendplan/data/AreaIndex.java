package org.sendplan.data;

import org.sendplan.model.Area;
import org.sendplan.model.PlanningData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Finds the area a user means: an old LA code (808), a new code (E06000004), a name in any case
 * (stockton-on-tees), a region name, or england.
 */
public final class AreaIndex {
    /** A value that names no area, or more than one. */
    public static final class UnknownAreaException extends RuntimeException {
        private final List<Area> candidates;

        UnknownAreaException(String message, List<Area> candidates) {
            super(message);
            this.candidates = List.copyOf(candidates);
        }

        public List<Area> candidates() {
            return candidates;
        }
    }

    private final DfeRelease release;

    public AreaIndex(DfeRelease release) {
        this.release = release;
    }

    /** Every area: authorities (current first, in published order), regions, England. */
    public List<Area> all() {
        List<Area> out = new ArrayList<>(release.authorities());
        release.regions().forEach((name, code) -> out.add(new Area(code, code, name, Area.Level.REGION, name)));
        out.add(Area.ENGLAND);
        return out;
    }

    /** The latest January census an authority reported (0 if never). */
    public int latestCensus(Area a) {
        PlanningData d = release.data().get(a.code());
        return d == null || d.caseloadTotal().isEmpty() ? 0 : d.caseloadTotal().lastKey();
    }

    /**
     * The authorities that took over a reorganised one's area (old LA codes), from the ONS code
     * changes of the reorganisations the SEN2 releases span: Dorset, Poole and Bournemouth (April
     * 2019), Northamptonshire (April 2021), Cumbria (April 2023).
     */
    private static final Map<String, List<String>> SUCCESSORS = Map.of(
            "835", List.of("838", "839"), "836", List.of("839"), "837", List.of("839"),
            "928", List.of("940", "941"), "909", List.of("942", "943"));

    /** The current authorities that cover a reorganised one's area, as they are in the release (none for any other). */
    public List<Area> successors(Area a) {
        List<String> codes = SUCCESSORS.getOrDefault(a.code(), List.of());
        return release.authorities().stream().filter(x -> codes.contains(x.code()) && latestCensus(x) > latestCensus(a)).toList();
    }

    public Area resolve(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        List<Area> all = all();
        List<Area> hits = all.stream().filter(a -> a.code().equalsIgnoreCase(v) || a.newCode().equalsIgnoreCase(v)
                || normal(a.name()).equals(normal(v))).toList();
        if (hits.size() == 1) return hits.get(0);
        if (hits.size() > 1) {
            throw new UnknownAreaException(DataException.quote(value) + " is ambiguous; use a code", hits);
        }
        List<Area> near = all.stream().filter(a -> normal(a.name()).contains(normal(v)) || normal(v).contains(normal(a.name())))
                .toList();
        if (near.isEmpty()) {
            near = Suggestions.nearestN(normal(v), all, a -> normal(a.name()), 5);
        }
        throw new UnknownAreaException("no local authority, region or England matches '" + value + "'", near);
    }

    /** Lower case, with punctuation and "and"/"the" variants ignored: "Kingston upon Hull, City of". */
    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('&', ' ').replaceAll("[^a-z0-9]+", " ").trim();
    }
}
