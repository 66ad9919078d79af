package org.sendplan.cli;

import org.sendplan.data.DfeRelease;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.app.DfeRoute;
import org.sendplan.app.PlanRun;
import org.sendplan.data.PopulationReader;
import org.sendplan.model.Area;
import org.sendplan.model.Population;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;

/** The options that say what to forecast and against which places and money (forecast, goal-seek). */
public final class RunOptions {
    @Option(names = "--la", paramLabel = "VALUE", defaultValue = ForecastCommand.DEFAULT_LA,
            description = "Old code (808), new code (E06000004), name (stockton-on-tees), region name or 'england'; forecast also takes 'all' (every authority in turn, with --region NAME those of one region). Default: ${DEFAULT-VALUE} (Stockton-on-Tees).")
    String la;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder holding a DfE SEN2 release in the 2025 layout (default: the bundled 2025 release).")
    Path data;

    @Option(names = "--base-year", paramLabel = "YYYY", description = "January census to project from, using only what was known then (default: the latest).")
    Integer baseYear;

    @Option(names = "--horizon", paramLabel = "N", defaultValue = "10", description = "Years ahead (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--population", paramLabel = "FILE",
            description = "Population projection by single year of age (ONS SNPP layout). Default: the bundled ONS 2022-based SNPP where it covers the area.")
    Path population;

    @Option(names = "--capacity", paramLabel = "FILE",
            description = "Commissioned places: provision,academic_year,places[,phase][,name]. Default: ILLUSTRATIVE capacity equal to the base-year placements.")
    Path capacity;

    @Option(names = "--finance", paramLabel = "FILE",
            description = "finance.yaml: unit costs, inflation, High Needs Block, opening balance, overflow. Default: ILLUSTRATIVE finance.")
    Path finance;

    @Option(names = "--occupancy", paramLabel = "SHARE", defaultValue = "1.0",
            description = "Target occupancy: places needed = demand / occupancy (default: ${DEFAULT-VALUE}).")
    double occupancy;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}); same inputs and seed give the same outputs.")
    long seed;

    @Option(names = "--simulations", defaultValue = "1000", description = "Monte Carlo simulations for the bands (default: ${DEFAULT-VALUE}).")
    int simulations;


    void validate(CommandSpec spec) {
        if (!(occupancy > 0 && occupancy <= 1)) {
            throw new ParameterException(spec.commandLine(), "--occupancy: expected a share above 0 and at most 1, found " + occupancy);
        }
        if (horizon < 1 || horizon > 30) throw new ParameterException(spec.commandLine(), "--horizon: expected 1 to 30, found " + horizon);
        if (simulations < 100 || simulations > 100_000) {
            throw new ParameterException(spec.commandLine(), "--simulations: expected 100 to 100000, found " + simulations);
        }
    }

    DfeRelease release() {
        return data == null ? DfeReleaseReader.bundled() : DfeReleaseReader.folder(data);
    }

    /** The given population, else the bundled projection where it covers the area, else none. */
    Population population(Area area) {
        return population != null ? PopulationReader.read(population, area.newCode())
                : area.level() == Area.Level.LOCAL_AUTHORITY ? PopulationReader.bundled(area.newCode()) : null;
    }

    /** The run for an area with {@link #population}. */
    PlanRun planRun(DfeRoute route, Area area, boolean expectedPath) {
        return planRun(route, area, population(area), expectedPath);
    }

    /** The run for an area with the denominator of new plans given (population or pupils). */
    PlanRun planRun(DfeRoute route, Area area, Population denominator, boolean expectedPath) {
        DfeRoute.Request request = new DfeRoute.Request(area, baseYear, horizon, denominator, simulations, seed);
        return new PlanRun(route, request, capacity, finance, occupancy, expectedPath);
    }
}
