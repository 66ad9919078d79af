package org.sendplan.cli;

import org.sendplan.model.scenario.ScenarioDefinition;
import org.sendplan.scenarios.Scenario;
import org.sendplan.scenarios.ScenarioReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The --scenario files of a run, read with the route's reader; two scenarios of one name (or 'baseline') are a usage error. */
final class ScenarioFiles {
    private ScenarioFiles() {
    }

    static List<Scenario> read(CommandSpec spec, ScenarioReader reader, List<Path> files) {
        Set<String> names = new HashSet<>(List.of(ScenarioDefinition.BASELINE_NAME));
        List<Scenario> out = new ArrayList<>();
        for (Path file : files) {
            Scenario sf = reader.read(file);
            if (!names.add(sf.name())) {
                throw new ParameterException(spec.commandLine(), "--scenario " + file + ": a second scenario named '" + sf.name() + "'");
            }
            out.add(sf);
        }
        return out;
    }
}
