package org.sendplan.scenarios;

import org.sendplan.model.Provision;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.PlacesRow;
import org.sendplan.model.scenario.GoalTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a lever does not move a goal-seek's figure: the commissioned provisions that are full by
 * the target's year, so that the children a lever sends them overflow on (a redirect to state
 * special schools that are full places its children in independent schools as before).
 */
final class Overflowing {
    private Overflowing() {
    }

    static final String NONE_FULL = "no commissioned provision is full by ";

    /** The provisions full at the target's year with the children they send on ("" when none is, or the run has no places plan). */
    static String full(Outcome o, GoalTarget target) {
        if (o.plan() == null) return "";
        List<String> full = new ArrayList<>();
        for (PlacesRow r : o.plan().places()) {
            if (r.phase() != null || r.year().census() != target.census() || !(r.overflowP50() >= PlacesRow.WHOLE_PLACE)) continue;
            Provision to = o.plan().finance().overflow().get(r.provision());
            full.add(String.format(Locale.ROOT, "%s is full in %s (%,.0f children overflow to %s)", r.provision().label(), r.year(),
                    r.overflowP50(), to == null ? "nowhere" : to.label()));
        }
        return full.isEmpty() ? "" : String.join("; ", full) + ", so children the lever sends there are placed on as before";
    }
}
