package org.sendplan.app;

import org.sendplan.data.pupils.PupilNumbersReader;
import org.sendplan.data.pupils.SchoolCensusReader;
import org.sendplan.data.pupils.SenCensusReader;
import org.sendplan.data.DfeRelease;
import org.sendplan.model.Aggregates;
import org.sendplan.model.Area;
import org.sendplan.model.Assumption;
import org.sendplan.model.Forecast;
import org.sendplan.model.PlanningData;
import org.sendplan.model.Population;
import org.sendplan.model.pupils.GradeProgression;
import org.sendplan.model.pupils.PupilCensus;
import org.sendplan.model.pupils.PupilDenominator;
import org.sendplan.model.pupils.PupilOutlook;
import org.sendplan.model.pupils.PupilProjection;
import org.sendplan.model.pupils.PupilRates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pupil census end to end for one forecast: read the inputs that were given (else the
 * bundled pupil numbers where they cover the area), keep what was known at the base year,
 * project pupils through the horizon, optionally offer them as the denominator of new plans,
 * and put them beside the forecast ({@link PupilOutlook}).
 */
public final class PupilRoute {
    /** What the denominator of new plans per head is at school ages. */
    public enum Denominator { POPULATION, PUPILS }

    /** The files given on the command line (each may be null). */
    public record Files(Path pupils, Path senCensus, Path schoolCensus) {
    }

    /**
     * The pupil side of one run, prepared before the forecast.
     *
     * @param census     the pupil census known at the base year ({@link PupilCensus#NONE} if none)
     * @param projection pupils through base + horizon, or null without pupil numbers
     * @param population the population to hand the cohort model (pupils at school ages if asked)
     */
    public record Prepared(Area area, PupilCensus census, PupilProjection projection, Population population,
                           PlanningData sen2) {
        /** Pupils, SEN support, plans and rates beside the forecast. */
        public PupilOutlook outlook(Forecast f) {
            return PupilRates.outlook(f, census, projection, sen2.caseloadByAge(), sen2.newPlansByAge());
        }

        /** The forecast with the pupil assumptions and method notes added. */
        public Forecast annotate(Forecast f, PupilOutlook o) {
            List<Assumption> as = new ArrayList<>(f.assumptions());
            as.addAll(o.assumptions());
            List<String> method = new ArrayList<>(f.method());
            method.addAll(o.method());
            return new Forecast(f.scenario(), f.area(), f.baseYear(), f.horizon(), f.projection(), f.summary(), as, f.warnings(), method, f.draws(), f.coverage());
        }
    }

    private PupilRoute() {
    }

    /**
     * @param base       the EHCP base year of the run
     * @param population the population projection of the run (or null)
     */
    public static Prepared prepare(DfeRelease release, Area area, Files files, int base, int horizon, Population population,
                                   Denominator denominator) {
        Set<String> codes = codes(release, area);
        PupilCensus census = load(files, codes).knownAt(base);
        PupilProjection projection = census.hasPupils()
                ? GradeProgression.project(census.pupils(), base + horizon, base, GradeProgression.Parameters.DEFAULTS) : null;
        Population pop = population;
        if (denominator == Denominator.PUPILS) {
            if (projection == null) {
                throw new UnsupportedRequestException("--new-plans-per pupils needs pupil numbers for " + area.name()
                        + " (--pupils or --school-census)");
            }
            if (projection.pupils().firstKey() > base - 1) {
                throw new UnsupportedRequestException("--new-plans-per pupils needs a pupil census no later than January " + (base - 1)
                        + "; the first is January " + projection.pupils().firstKey());
            }
            pop = PupilDenominator.population(projection, population, base - 1, base - 1 + horizon);
        }
        return new Prepared(area, census, projection, pop, sen2(release, area).knownAt(base));
    }

    /** Reads the files given; pupil numbers default to the bundled extract where it covers the area. */
    public static PupilCensus load(Files files, Set<String> codes) {
        PupilCensus school = files.schoolCensus() == null ? null : SchoolCensusReader.read(files.schoolCensus());
        PupilCensus pupils = files.pupils() != null ? PupilNumbersReader.read(files.pupils(), codes)
                : school != null ? school : PupilNumbersReader.bundled(codes);
        PupilCensus sen = school != null ? school : files.senCensus() != null ? SenCensusReader.read(files.senCensus(), codes) : null;
        if (pupils == null && sen == null) return PupilCensus.NONE;
        if (pupils == null) pupils = PupilCensus.NONE;
        PupilCensus out = sen == null ? pupils : pupils.withSen(sen);
        if (school != null && files.senCensus() != null) {
            List<String> notes = new ArrayList<>(out.notes());
            notes.add("Both --school-census and --sen-census were given: SEN support and EHC plans are taken from the school census.");
            out = new PupilCensus(out.pupilsSource(), out.pupils(), out.senSource(), out.senSupport(), out.ehcp(), notes);
        }
        return out;
    }

    /** The old and new codes of the authorities that make up the area. */
    public static Set<String> codes(DfeRelease release, Area area) {
        Set<String> codes = new LinkedHashSet<>();
        for (Area la : members(release, area)) {
            codes.add(la.code());
            codes.add(la.newCode());
        }
        return codes;
    }

    /** The authorities an area is made of: itself, a region's, or every one for England. */
    static List<Area> members(DfeRelease release, Area area) {
        return switch (area.level()) {
            case LOCAL_AUTHORITY -> List.of(area);
            case REGION -> release.authorities().stream().filter(a -> a.region().equals(area.name())).toList();
            case ENGLAND -> release.authorities();
        };
    }

    /** An area's published SEN2 figures: its own, or the sum of its authorities'. */
    static PlanningData sen2(DfeRelease release, Area area) {
        List<PlanningData> m = new ArrayList<>();
        for (Area la : members(release, area)) {
            PlanningData d = release.data().get(la.code());
            if (d != null) m.add(d);
        }
        return Aggregates.sum(area, m);
    }
}
