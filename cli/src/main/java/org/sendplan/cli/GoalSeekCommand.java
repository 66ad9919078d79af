package org.sendplan.cli;

import org.sendplan.app.CheckedRelease;
import org.sendplan.app.Pipeline;
import org.sendplan.app.PlacesAndMoney;
import org.sendplan.app.PupilRoute;
import org.sendplan.app.Route;
import org.sendplan.app.RunDefaults;
import org.sendplan.scenarios.GoalSeek;
import org.sendplan.model.scenario.GoalTarget;
import org.sendplan.model.Area;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Finds the lever value that meets a target, and writes the solved scenario file. */
@Command(name = "goal-seek", sortOptions = false,
        description = "Find the value of one lever of a scenario that meets a target on the expected path, "
                + "e.g. how much lower new plans must be to bring the DSG back to balance by 2029-30, or how many special school places keep "
                + "independent placements under a cap.")
public final class GoalSeekCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", required = true, description = "The scenario file holding the lever.")
    Path scenario;

    @Option(names = "--lever", paramLabel = "PATH", required = true,
            description = "The lever value to solve for: joiners[0].multiply, or joiners.multiply when there is one; a multiply (0–2), a share (0–1), "
                    + "or the places of a capacity entry, capacity[0].add (0–2,000 whole places, a ramp scaled as a whole).")
    String lever;

    @Option(names = "--target", paramLabel = "\"FIGURE OP VALUE by YEAR\"", required = true,
            description = "FIGURE: total, provision:CODE, shortfall:CODE (by January census year, e.g. 2030), placements:CODE (by academic year, "
                    + "e.g. 2030/31), cost, in_year_balance, cumulative_balance (by financial year, e.g. 2029-30); OP: >= or <=.")
    String target;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    RouteOptions route;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    MoneyOptions money;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = RunDefaults.OUT, description = "Where the solved scenario file is written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    StandardOptions standard;

    @Override
    public Integer call() throws IOException {
        boolean personLevel = RouteOptions.personLevel(route);
        simulation.validate(personLevel);
        PlacesAndMoney placesAndMoney = money.placesAndMoney();
        GoalTarget goal;
        try {
            goal = GoalTarget.parse(target);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!Files.isRegularFile(scenario)) throw new ParameterException(spec.commandLine(), "--scenario: no such file " + scenario);
        Route on;
        if (personLevel) {
            if (money.finance != null && route.person.settings == null) {
                throw new ParameterException(spec.commandLine(), "--finance needs --settings FILE on the person-level route");
            }
            // each trial one scenario on the expected path (about 0.2 s on the peer's demo), codes checked against the data's own
            on = RouteOptions.personLevelRoute(route, simulation, 1);
        } else {
            CheckedRelease release = new CheckedRelease(RouteOptions.release(route));
            Area area = release.areas().resolve(RouteOptions.la(route));
            money.refuseOtherAuthority(area, release.areas());
            on = RouteOptions.dfeRoute(route, release, area, simulation, new PupilRoute.Files(null, null, null), PupilRoute.Denominator.POPULATION,
                    RouteOptions.ownBacktests(release), false);
        }
        GoalSeek seek = new GoalSeek(new Pipeline(on, placesAndMoney).expectedPath(), on.scenarioReader());
        String where = on.label();
        GoalSeek.Result r;
        try {
            r = seek.seek(scenario, lever, goal);
        } catch (IllegalArgumentException e) {
            // a lever path or target the file or run cannot serve: a usage error
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(where + ", expected path: " + r.message());
        if (r.solution().found()) {
            String stem = scenario.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            Path written;
            String name = stem + "-solved.yaml";
            try (OutputFolder folder = new OutputFolder(out, name::equals)) {
                // the file's own words (description, comments) were written for the value before: say so above them
                String header = "# solved by sendplan goal-seek: " + lever + " for " + goal + "\n# " + lever + " was "
                        + GoalSeek.fmt(r.original()) + " and is now " + GoalSeek.fmt(r.solution().value())
                        + ": the description and comments below were written for the value before\n";
                try {
                    Files.writeString(folder.stage(name), header + GoalSeek.relocate(r.solvedText(), scenario, out));
                } catch (IOException e) {
                    throw OutputFolder.failure(out, e);
                }
                written = folder.commit().get(0);
            }
            o.println("value: " + GoalSeek.fmt(r.solution().value()));
            o.println("wrote " + written);
        } else {
            o.println("value: none in " + GoalSeek.fmt(r.solution().lower()) + "–" + GoalSeek.fmt(r.solution().upper()));
        }
        o.flush();
        return ExitCodes.OK;
    }
}
