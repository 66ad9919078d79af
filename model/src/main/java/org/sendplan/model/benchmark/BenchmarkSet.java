package org.sendplan.model.benchmark;

import org.sendplan.model.Aggregates;
import org.sendplan.model.Area;
import org.sendplan.model.PlanningData;
import org.sendplan.model.Population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every area's benchmark figures at one January census of one release, computed once and shared
 * by every area a run (or a batch) compares: each authority, each region and England as sums of
 * their authorities' published rows ({@link Aggregates}), and the neighbour rule's z-scores.
 */
public final class BenchmarkSet {
    /** How many neighbours each authority is given. */
    public static final int NEIGHBOURS = 10;

    static final String REQUESTS = "Requests for an EHC needs assessment per 1,000 are left out: the release read has no "
            + "requests table (the DfE publishes requests.csv beside the five files read here, and it is not bundled).";

    private final int year;
    private final Map<String, BenchmarkFigures> authorities = new LinkedHashMap<>();
    private final Map<String, BenchmarkFigures> regions = new LinkedHashMap<>();
    private final BenchmarkFigures england;
    private final Neighbours rule;

    /**
     * @param authorities every authority of the release, in published order
     * @param published   old LA code → the authority's published series
     * @param regions     region name → region code
     * @param populations an authority's population by age where one is known, else null
     */
    public BenchmarkSet(List<Area> authorities, Map<String, PlanningData> published, Map<String, String> regions, int year,
                        Function<Area, Population> populations) {
        this.year = year;
        Map<String, List<PlanningData>> members = new LinkedHashMap<>();
        List<PlanningData> all = new ArrayList<>();
        for (Area a : authorities) {
            PlanningData d = published.get(a.code());
            if (d == null) continue;
            all.add(d);
            members.computeIfAbsent(a.region(), r -> new ArrayList<>()).add(d);
            // an authority reorganised before the census has no figures of its own, but its rows count in the sums of earlier years
            if (d.caseloadTotal().containsKey(year)) this.authorities.put(a.code(), BenchmarkFigures.of(a, d, year, populations.apply(a)));
        }
        regions.forEach((name, code) -> {
            Area r = new Area(code, code, name, Area.Level.REGION, name);
            this.regions.put(name, BenchmarkFigures.of(r, Aggregates.sum(r, members.getOrDefault(name, List.of())), year, null));
        });
        england = BenchmarkFigures.of(Area.ENGLAND, Aggregates.sum(Area.ENGLAND, all), year, null);
        rule = Neighbours.among(List.copyOf(this.authorities.values()));
    }

    public int year() {
        return year;
    }

    /** Every authority with a census in the year, in published order. */
    public List<BenchmarkFigures> authorities() {
        return List.copyOf(authorities.values());
    }

    /**
     * How {@code area} compares. {@code population} is the area's own (the run's), which replaces
     * any known here; null keeps what is known.
     */
    public Benchmarking compare(Area area, Population population) {
        BenchmarkFigures own = switch (area.level()) {
            case LOCAL_AUTHORITY -> authorities.get(area.code());
            case REGION -> regions.get(area.name());
            case ENGLAND -> england;
        };
        if (own == null) throw new IllegalArgumentException(area.name() + " has no census in January " + year);
        if (population != null) own = own.withPopulation(population);
        List<Benchmarking.Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        rows.add(new Benchmarking.Row(Benchmarking.Role.AREA, 0, own, Double.NaN));
        if (area.level() == Area.Level.LOCAL_AUTHORITY && regions.containsKey(area.region())) {
            rows.add(new Benchmarking.Row(Benchmarking.Role.REGION, 0, regions.get(area.region()), Double.NaN));
        }
        if (area.level() != Area.Level.ENGLAND) rows.add(new Benchmarking.Row(Benchmarking.Role.ENGLAND, 0, england, Double.NaN));
        if (area.level() == Area.Level.LOCAL_AUTHORITY) {
            List<Neighbours.Neighbour> near = rule.nearest(area, NEIGHBOURS);
            for (int i = 0; i < near.size(); i++) {
                rows.add(new Benchmarking.Row(Benchmarking.Role.NEIGHBOUR, i + 1, near.get(i).figures(), near.get(i).distance()));
            }
            if (near.isEmpty()) {
                warnings.add("no neighbours: " + area.name() + " lacks a measure of the neighbour rule (" + measures()
                        + ") in January " + year + " of the release read");
                notes.addAll(warnings);
            } else {
                notes.add("Neighbours: the " + NEIGHBOURS + " authorities nearest on " + measures() + ", each z-scored across the "
                        + rule.candidates().size() + " authorities that have them all in January " + year
                        + " (standardised Euclidean distance; ties by LA code).");
            }
        } else {
            notes.add("Neighbours are chosen among authorities; a region or England is set beside England only.");
        }
        if (!(own.population0to25() > 0)) {
            notes.add("Plans and new plans per 1,000 aged 0–25 need the area's population by age at mid-" + (year - 1)
                    + ": none is known for " + area.name() + " (give --population).");
        }
        notes.add("Per 1,000 aged 0–25 uses the population at mid-" + (year - 1)
                + ", the mid-year before the census; other areas' per-1,000 figures are blank where the bundled population does not cover them.");
        notes.add(REQUESTS);
        return new Benchmarking(area, year, rows, notes, warnings);
    }

    private static String measures() {
        return String.join(", ", Neighbours.MEASURES.stream().map(Neighbours.Measure::name).toList());
    }
}
