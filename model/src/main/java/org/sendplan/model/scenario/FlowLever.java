package org.sendplan.model.scenario;

/** Multiplies a flow (new plans, or plans ending) for what it selects, over a period. */
public record FlowLever(double multiply, Selection selection, Period period) {
}
