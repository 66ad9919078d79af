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

    static final String NO_REQUESTS = "Requests for an EHC needs assessment are left out: the release read has no requests table "
            + "(the DfE publishes requests.csv beside the five files read here; put it in the --data folder).";

    private final int year;
    private final Map<String, BenchmarkFigures> authorities = new LinkedHashMap<>();
    private final Map<String, BenchmarkFigures> regions = new LinkedHashMap<>();
    private final BenchmarkFigures england;
    private final Neighbours rule;
    private final boolean hasRequests;
    private final PupilCounts pupils;
    private final int pupilsYear;

    /**
     * @param authorities every authority of the release, in published order
     * @param published   old LA code → the authority's published series
     * @param regions     region name → region code
     * @param populations an authority's population by age where one is known, else null
     * @param requests    old LA code → the authority's requests for an EHC needs assessment (empty without a requests table)
     * @param pupils      pupils by authority and school census; the latest census no later than {@code year} is used
     */
    public BenchmarkSet(List<Area> authorities, Map<String, PlanningData> published, Map<String, String> regions, int year,
                        Function<Area, Population> populations, Map<String, Requests> requests, PupilCounts pupils) {
        this.year = year;
        this.hasRequests = !requests.isEmpty();
        this.pupils = pupils;
        this.pupilsYear = pupils.latestYear(year);
        Map<String, List<PlanningData>> members = new LinkedHashMap<>();
        Map<String, List<Requests>> memberRequests = new LinkedHashMap<>();
        Map<String, Double> memberPupils = new LinkedHashMap<>();
        List<PlanningData> all = new ArrayList<>();
        List<Requests> allRequests = new ArrayList<>();
        double allPupils = 0;
        for (Area a : authorities) {
            Requests r = requests.getOrDefault(a.code(), Requests.NONE);
            // every authority of the release counts in its region's pupils, one reorganised since included: Cumbria's
            // pupils of January 2023 stand for those of Cumberland and Westmorland and Furness (formed April 2023)
            double p = pupils.of(a.code(), pupilsYear);
            if (p > 0) {
                memberPupils.merge(a.region(), p, Double::sum);
                allPupils += p;
            }
            allRequests.add(r);
            memberRequests.computeIfAbsent(a.region(), x -> new ArrayList<>()).add(r);
            PlanningData d = published.get(a.code());
            if (d == null) continue;
            all.add(d);
            members.computeIfAbsent(a.region(), x -> new ArrayList<>()).add(d);
            // an authority reorganised before the census has no figures of its own, but its rows count in the sums of earlier years
            if (d.caseloadTotal().containsKey(year)) {
                this.authorities.put(a.code(), BenchmarkFigures.of(a, d, year, populations.apply(a), r, p, pupilsYear));
            }
        }
        regions.forEach((name, code) -> {
            Area r = new Area(code, code, name, Area.Level.REGION, name);
            this.regions.put(name, BenchmarkFigures.of(r, Aggregates.sum(r, members.getOrDefault(name, List.of())), year, null,
                    Requests.sum(memberRequests.getOrDefault(name, List.of())), memberPupils.getOrDefault(name, Double.NaN), pupilsYear));
        });
        england = BenchmarkFigures.of(Area.ENGLAND, Aggregates.sum(Area.ENGLAND, all), year, null, Requests.sum(allRequests),
                allPupils, pupilsYear);
        rule = Neighbours.among(List.copyOf(this.authorities.values()));
    }

    public int year() {
        return year;
    }

    /** An area's own figures (an authority, a region or England). */
    public BenchmarkFigures figures(Area area) {
        BenchmarkFigures own = switch (area.level()) {
            case LOCAL_AUTHORITY -> authorities.get(area.code());
            case REGION -> regions.get(area.name());
            case ENGLAND -> england;
        };
        if (own == null) throw new IllegalArgumentException(area.name() + " has no census in January " + year);
        return own;
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
        BenchmarkFigures own = figures(area);
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
            notes.add("Per 1,000 aged 0–25 (plans, new plans, requests) needs the area's population by age at mid-" + (year - 1)
                    + ": none is known for " + area.name() + " (give --population).");
        }
        notes.add("Per 1,000 aged 0–25 uses the population at mid-" + (year - 1)
                + ", the mid-year before the census; other areas' figures per 1,000 aged 0–25 are blank where the bundled population does not cover them.");
        notes.add(pupilsNote(own));
        if (hasRequests) {
            notes.add("Requests are requests for an EHC needs assessment received in calendar " + (year - 1)
                    + " (growth against " + (year - 2) + " and " + (year - 6) + "); the assessed share is those the authority decided to "
                    + "assess over those received. requests.csv does not say how many led to a plan. A region's or England's requests "
                    + "are blank in a year where one of its authorities' is not published (x).");
        } else {
            notes.add(NO_REQUESTS);
        }
        return new Benchmarking(area, year, rows, notes, warnings);
    }

    /** What the per-1,000-pupils figures divide by, and the years the mismatch spans (said, not hidden). */
    private String pupilsNote(BenchmarkFigures own) {
        if (pupilsYear == 0) return "Per 1,000 pupils is left out: no pupil numbers are known at or before January " + year + ".";
        StringBuilder s = new StringBuilder("Per 1,000 pupils divides by pupils at the January " + pupilsYear + " school census ("
                + pupils.source() + ": headcount in state-funded primary, secondary and alternative provision schools, reception to "
                + "Year 14, by the school's authority; special and independent schools not counted), so it is an index of prevalence, "
                + "not a share of pupils: plans of every age and setting over pupils in those schools.");
        int gap = year - pupilsYear;
        if (gap > 0) {
            s.append(" That census is the latest held, ").append(gap).append(gap == 1 ? " year" : " years").append(" before the January ")
                    .append(year).append(" plans; it is not scaled");
            double[] change = change(pupilsYear - gap, pupilsYear);
            if (change != null) {
                s.append(String.format(java.util.Locale.ROOT, " (over the %d year%s to January %d authorities' pupils changed by a median "
                        + "%.1f%%, at most %.1f%%, so a rate may be out by about as much)", gap, gap == 1 ? "" : "s", pupilsYear,
                        100 * change[0], 100 * change[1]));
            }
            s.append('.');
        }
        if (own.area().level() == Area.Level.LOCAL_AUTHORITY && !(own.pupils() > 0)) {
            s.append(' ').append(own.area().name()).append(" has no pupils in that census.");
        }
        return s.toString();
    }

    /** The median and largest absolute relative change of authorities' pupils from one census to another; null if none has both. */
    private double[] change(int from, int to) {
        List<Double> c = new ArrayList<>();
        for (String code : pupils.byAuthority().keySet()) {
            double a = pupils.of(code, from), b = pupils.of(code, to);
            if (a > 0 && b > 0) c.add(Math.abs(b / a - 1));
        }
        if (c.isEmpty()) return null;
        java.util.Collections.sort(c);
        int n = c.size();
        double median = n % 2 == 1 ? c.get(n / 2) : (c.get(n / 2 - 1) + c.get(n / 2)) / 2;
        return new double[]{median, c.get(n - 1)};
    }

    private static String measures() {
        return String.join(", ", Neighbours.MEASURES.stream().map(Neighbours.Measure::name).toList());
    }
}
