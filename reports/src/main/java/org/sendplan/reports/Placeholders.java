package org.sendplan.reports;

import org.sendplan.model.money.SufficiencyPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * What a plan's ILLUSTRATIVE inputs are, in the words every output uses for them (the run's
 * warning on stderr and the dashboard): capacity and finance that are placeholders (none given,
 * or an {@code init} template not yet edited), never the authority's own figures.
 */
public final class Placeholders {
    private Placeholders() {
    }

    /** What follows from placeholder inputs, after the inputs are named. */
    static final String CONSEQUENCE = "placeholders, not the authority's own figures; places, costs and the DSG balance are "
            + "illustrative until they are";

    /** The sentence naming the placeholder inputs and their sources, or null when the plan has none (or there is no plan). */
    public static String describe(SufficiencyPlan plan) {
        String inputs = inputs(plan);
        return inputs == null ? null : "ILLUSTRATIVE " + inputs + ": " + CONSEQUENCE;
    }

    /** The placeholder inputs with their sources ({@code capacity (…) and finance (…)}), or null when there are none. */
    static String inputs(SufficiencyPlan plan) {
        if (plan == null || !(plan.capacity().illustrative() || plan.finance().illustrative())) return null;
        List<String> which = new ArrayList<>();
        if (plan.capacity().illustrative()) which.add("capacity (" + plan.capacity().source() + ")");
        if (plan.finance().illustrative()) which.add("finance (" + plan.finance().source() + ")");
        return String.join(" and ", which);
    }

    /** For a notice already headed ILLUSTRATIVE: {@code Capacity (…) and finance (…): placeholders, …}, or null. */
    static String notice(SufficiencyPlan plan) {
        String inputs = inputs(plan);
        return inputs == null ? null : Character.toUpperCase(inputs.charAt(0)) + inputs.substring(1) + ": " + CONSEQUENCE + ".";
    }
}
