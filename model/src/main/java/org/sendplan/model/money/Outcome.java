package org.sendplan.model.money;

import org.sendplan.model.Forecast;

/** What one scenario produced: the projection of children, and places and money against it (null when not planned). */
public record Outcome(Forecast forecast, SufficiencyPlan plan) {
}
