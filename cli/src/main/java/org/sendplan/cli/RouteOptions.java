package org.sendplan.cli;

import org.sendplan.app.BacktestRoute;
import org.sendplan.app.CheckedRelease;
import org.sendplan.app.DfeRoute;
import org.sendplan.app.PersonLevelRoute;
import org.sendplan.app.PupilRoute;
import org.sendplan.app.RunDefaults;
import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeRelease;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.data.PopulationReader;
import org.sendplan.model.Area;
import org.sendplan.model.Population;
import org.sendplan.model.reform.AgeRule;
import org.sendplan.model.transition.Estimation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Which route a run takes, one or the other (an exclusive group: picocli refuses options of
 * both): the DfE's published release (the default) or an authority's person-level data.
 */
final class RouteOptions {
    @ArgGroup(exclusive = false, heading = "%nDfE published data (the default route):%n")
    Dfe dfe;

    @ArgGroup(exclusive = false, heading = "%nPerson-level data (instead of the DfE release):%n")
    Person person;

    static final class Dfe {
        @Option(names = "--la", paramLabel = "VALUE",
                description = "Old code (808), new code (E06000004), name (stockton-on-tees), region name or 'england'; forecast also takes 'all' "
                        + "(every authority in turn, with --region NAME those of one region). Default: " + RunDefaults.LA + " (Stockton-on-Tees).")
        String la;

        @Option(names = "--data", paramLabel = "DIR", description = "Folder holding a DfE SEN2 release in the 2025 or 2026 layout (default: the bundled 2025 release).")
        Path data;

        @Option(names = "--base-year", paramLabel = "YYYY", description = "January census to project from, using only what was known then (default: the latest).")
        Integer baseYear;

        @Option(names = "--published-base", description = "Start from the published base census even where it looks like an error "
                + "(by default a total more than 25%% below the last good census grown by England's growth is repaired, and says so).")
        boolean publishedBase;

        @Option(names = "--age-rule", paramLabel = "RULE", defaultValue = "august",
                description = "Age groups of the reform plan tables: 'august' (default: age at 31 August, NCY + 4, as SEN2 counts it) or "
                        + "'turned' (the age turned during the school year, NCY + 5).")
        AgeRule ageRule = AgeRule.AUGUST;
    }

    static final class Person {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        @Option(names = "--settings", paramLabel = "FILE",
                description = "Settings file code,provision,description (maps local settings to provisions; without it no provision roll-up).")
        Path settings;

        @Option(names = "--estimation", paramLabel = "METHOD", defaultValue = "trend",
                description = "'trend' (default: recency weights and damped trends chosen by holdout backtest) or 'pooled' (the peer's estimation).")
        Estimation estimation;

        @Option(names = "--suppress", paramLabel = "N", defaultValue = "0",
                description = "Suppress small counts in every output: values above 0 and below N, and any value that would give "
                        + "one away through a total, become 'c' (default: no suppression).")
        int suppress;
    }

    static final class Source {
        @Option(names = "--witan", paramLabel = "DIR", required = true,
                description = "A folder with the peer model witan.send's transitions.csv, population.csv, costs.csv and valid-states.csv.")
        Path witan;

        @Option(names = "--census", paramLabel = "FILE", required = true,
                description = "A census extract, one row per child per January census: census_year,person_id,ncy (or date_of_birth),need,setting. "
                        + "Population by NC year from --population FILE.")
        Path census;

        @Option(names = "--sen2-return", paramLabel = "DIR", required = true,
                description = "The authority's own person-level SEN2 return, one CSV per module (header.csv, person.csv, … sen_need.csv); "
                        + "each January census is rebuilt from its plans' and placements' dates. Pupil identifiers are never kept.")
        Path sen2Return;
    }

    /** The options of the default route when none of its options was given. */
    static Dfe dfe(RouteOptions r) {
        return r == null || r.dfe == null ? new Dfe() : r.dfe;
    }

    static boolean personLevel(RouteOptions r) {
        return r != null && r.person != null;
    }

    static String la(RouteOptions r) {
        Dfe d = dfe(r);
        return d.la == null ? RunDefaults.LA : d.la;
    }

    static DfeRelease release(RouteOptions r) {
        Path data = dfe(r).data;
        return data == null ? DfeReleaseReader.bundled() : DfeReleaseReader.folder(data);
    }

    /** The given population, else the bundled projection where it covers the area, else none. */
    static Population population(Path file, Area area) {
        return file != null ? PopulationReader.read(file, area.newCode())
                : area.level() == Area.Level.LOCAL_AUTHORITY ? PopulationReader.bundled(area.newCode()) : null;
    }

    /**
     * The DfE route for an area of a checked release.
     *
     * @param backtests the backtest route, whose track record calibrates the forecast (a batch
     *                  shares one; a single forecast makes its own on a thread of its own)
     * @param cellBands whether {@code projection.csv} will be written (each cell's quantiles kept for it)
     */
    static DfeRoute dfeRoute(RouteOptions r, CheckedRelease release, Area area, SimulationOptions sim, PupilRoute.Files pupils,
                             PupilRoute.Denominator newPlansPer, Supplier<BacktestRoute> backtests, boolean cellBands) {
        DfeRoute.Request request = new DfeRoute.Request(area, dfe(r).baseYear, sim.horizon(), population(sim.population, area), pupils, newPlansPer,
                sim.simulations, sim.seed, dfe(r).publishedBase, cellBands);
        return new DfeRoute(release, request, backtests, dfe(r).ageRule);
    }

    /** A single forecast's own backtest route: the history is read on the backtest's thread. */
    static Supplier<BacktestRoute> ownBacktests(CheckedRelease release) {
        return () -> new BacktestRoute(release, DfeHistory.of(release.release()));
    }

    /** The person-level route, its inputs read and checked. */
    static PersonLevelRoute personLevelRoute(RouteOptions r, SimulationOptions sim, int threads) {
        Person p = r.person;
        return new PersonLevelRoute(new PersonLevelRoute.Request(p.source.witan, p.source.census, p.settings, sim.population, p.estimation,
                sim.horizon, sim.simulations, sim.seed, threads, p.source.sen2Return));
    }
}
