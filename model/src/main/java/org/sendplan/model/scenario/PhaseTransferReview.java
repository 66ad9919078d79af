package org.sendplan.model.scenario;

import org.sendplan.model.Phase;

import java.util.Set;

/**
 * Existing plans reviewed at phase transfer (the 2026 reforms: from September 2029, at the next
 * transfer; the DfE expects about 1 in 8 plan holders to move to the new support between 2030
 * and 2035): in each year of the period, a share of the plan holders who move into one of the
 * given phases (secondary: NCY 6 → 7; post-16: NCY 11 → 12) leave the plan for the support layer.
 *
 * @param share 0–1 of the plan holders crossing into a phase
 * @param into  the phases entered (not early years, which no one enters)
 */
public record PhaseTransferReview(double share, Set<Phase> into, Period period) {
    public PhaseTransferReview {
        if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("share must be 0–1: " + share);
        into = Set.copyOf(into);
        if (into.isEmpty() || into.contains(Phase.EARLY_YEARS)) throw new IllegalArgumentException("phases entered: " + into);
    }

    /** Whether the step from {@code age} to {@code age + 1} crosses into one of the phases. */
    public boolean crosses(int age) {
        Phase next = Phase.ofAge(age + 1);
        return next != Phase.ofAge(age) && into.contains(next);
    }
}
