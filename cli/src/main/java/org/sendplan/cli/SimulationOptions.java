package org.sendplan.cli;

import org.sendplan.app.RunDefaults;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** How far and how often to project, and from which population (forecast, goal-seek; both routes). */
public final class SimulationOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--horizon", paramLabel = "N",
            description = "Years ahead (1–" + RunDefaults.MAX_HORIZON + "; default " + RunDefaults.HORIZON
                    + ", on the person-level route shortened to what the population covers).")
    Integer horizon;

    @Option(names = "--population", paramLabel = "FILE",
            description = "DfE route: population projection by single year of age (ONS SNPP layout; default: the bundled ONS 2022-based SNPP "
                    + "where it covers the area). Person-level route: population by NC year (calendar-year,academic-year,population).")
    Path population;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + RunDefaults.SEED, description = "Random seed (default: ${DEFAULT-VALUE}); same inputs and seed give the same outputs.")
    long seed;

    @Option(names = "--simulations", paramLabel = "N", defaultValue = "" + RunDefaults.SIMULATIONS,
            description = "Monte Carlo simulations for the bands (default: ${DEFAULT-VALUE}; 0 on the person-level route: the expected path only).")
    int simulations;

    int horizon() {
        return horizon == null ? RunDefaults.HORIZON : horizon;
    }

    /** @param expectedPathAllowed whether 0 simulations (the expected path only) is allowed on the route */
    void validate(boolean expectedPathAllowed) {
        if (horizon != null && (horizon < 1 || horizon > RunDefaults.MAX_HORIZON)) {
            throw new ParameterException(spec.commandLine(), "--horizon: expected 1 to " + RunDefaults.MAX_HORIZON + ", found " + horizon);
        }
        boolean ok = simulations >= RunDefaults.MIN_SIMULATIONS && simulations <= RunDefaults.MAX_SIMULATIONS || expectedPathAllowed && simulations == 0;
        if (!ok) {
            throw new ParameterException(spec.commandLine(), "--simulations: expected " + (expectedPathAllowed ? "0 (expected path only) or " : "")
                    + RunDefaults.MIN_SIMULATIONS + " to " + RunDefaults.MAX_SIMULATIONS + ", found " + simulations);
        }
    }
}
