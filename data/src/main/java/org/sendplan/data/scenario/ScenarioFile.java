package org.sendplan.data.scenario;

import org.sendplan.data.yaml.YamlNode;
import org.sendplan.model.Provision;
import org.sendplan.model.money.CapacityEntry;
import org.sendplan.model.scenario.Levers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A scenario as read from its file (and the files it extends): rate levers for the projection,
 * capacity changes, finance overrides, an alternative population and overflow routes.
 *
 * @param finance    finance.yaml mappings to apply in order over the run's finance (parents first)
 * @param population an alternative population file, or null
 * @param overflow   overflow routes replacing the finance's, or null
 * @param file       the scenario file itself
 * @param root       its parsed document (for goal-seek)
 */
public record ScenarioFile(String name, String description, Levers levers, List<CapacityEntry> capacity, List<YamlNode> finance,
                           Path population, Map<Provision, Provision> overflow, Path file, YamlNode root) {
    public ScenarioFile {
        capacity = List.copyOf(capacity);
        finance = List.copyOf(finance);
        overflow = overflow == null ? null : Map.copyOf(overflow);
    }
}
