package org.sendplan.cli;

import org.sendplan.app.DfeRoute;
import org.sendplan.app.PlanRun;
import org.sendplan.scenarios.GoalSeek;
import org.sendplan.model.scenario.GoalTarget;
import org.sendplan.scenarios.ScenarioReader;
import org.sendplan.model.Area;
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
@Command(name = "goal-seek", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Find the value of one lever of a scenario that meets a target on the expected path, "
                + "e.g. how much lower new plans must be to bring the DSG back to balance by 2029-30.")
public final class GoalSeekCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", required = true, description = "The scenario file holding the lever.")
    Path scenario;

    @Option(names = "--lever", paramLabel = "PATH", required = true,
            description = "The lever value to solve for: joiners[0].multiply, or joiners.multiply when there is one; a multiply (0–2) or share (0–1).")
    String lever;

    @Option(names = "--target", paramLabel = "\"FIGURE OP VALUE by YEAR\"", required = true,
            description = "FIGURE: total, provision:CODE, shortfall:CODE (by January census year, e.g. 2030), cost, in_year_balance, "
                    + "cumulative_balance (by financial year, e.g. 2029-30); OP: >= or <=.")
    String target;

    @Mixin
    RunOptions run;

    @Mixin
    PersonLevelOptions personLevel;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Where the solved scenario file is written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        run.validate(spec);
        GoalTarget goal;
        try {
            goal = GoalTarget.parse(target);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!Files.isRegularFile(scenario)) throw new ParameterException(spec.commandLine(), "--scenario: no such file " + scenario);
        GoalSeek seek;
        String where;
        if (personLevel.requested()) {
            // the person-level route: the scenario's codes are the data's own
            seek = personLevel.goalSeek(spec, run);
            where = "person-level route";
        } else {
            DfeRoute route = new DfeRoute(run.release());
            Area area = route.areas().resolve(run.la);
            PlanRun plans = run.planRun(route, area, true);
            seek = new GoalSeek(plans::scenario, new ScenarioReader(plans.baseline().forecast().baseYear()));
            where = area.name() + " (" + area.code() + ")";
        }
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
            try (OutputFolder folder = new OutputFolder(out)) {
                String header = "# solved by sendplan goal-seek: " + lever + " for " + goal + "\n";
                Files.writeString(folder.stage(stem + "-solved.yaml"), header + GoalSeek.relocate(r.solvedText(), scenario, out));
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
