package org.sendplan.model.money;

import org.sendplan.model.Forecast;
import org.sendplan.model.scenario.ScenarioDefinition;

/**
 * What one scenario produced: the projection of children, places and money against it (null when
 * not planned), and what the scenario says (its description and levers as written).
 */
public record Outcome(Forecast forecast, SufficiencyPlan plan, ScenarioDefinition definition) {
    /** The baseline's outcome, or a scenario's whose file is not at hand (no description, no levers listed). */
    public Outcome(Forecast forecast, SufficiencyPlan plan) {
        this(forecast, plan, forecast.scenario().equals(ScenarioDefinition.BASELINE_NAME) ? ScenarioDefinition.BASELINE
                : new ScenarioDefinition("", java.util.List.of()));
    }
}
