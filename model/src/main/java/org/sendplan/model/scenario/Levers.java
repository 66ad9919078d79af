package org.sendplan.model.scenario;

import java.util.List;

/** The rate levers of a scenario, applied to the projection. {@link #NONE} is the baseline. */
public record Levers(List<FlowLever> joiners, List<FlowLever> leavers, List<MixLever> mixes) {
    public static final Levers NONE = new Levers(List.of(), List.of(), List.of());

    public Levers {
        joiners = List.copyOf(joiners);
        leavers = List.copyOf(leavers);
        mixes = List.copyOf(mixes);
    }

    public boolean isEmpty() {
        return joiners.isEmpty() && leavers.isEmpty() && mixes.isEmpty();
    }
}
