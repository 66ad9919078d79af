package org.sendplan.model.scenario;

import java.util.List;

/**
 * What a scenario says, for the reader of its reports: its description and each lever, capacity
 * change, finance key and overflow route as its file writes them (one line each, e.g.
 * {@code levers.joiners: [{multiply: 0.9, start: 2026/27, ages: 5-15}]}), parents' lines first
 * where a scenario extends another and does not replace them.
 */
public record ScenarioDefinition(String description, List<String> levers) {
    /** The built-in scenario's name. */
    public static final String BASELINE_NAME = "baseline";
    /** The built-in scenario: current trends, nothing changed. */
    public static final ScenarioDefinition BASELINE = new ScenarioDefinition("Current trends: the built-in scenario, no levers", List.of());

    public ScenarioDefinition {
        levers = List.copyOf(levers);
    }
}
