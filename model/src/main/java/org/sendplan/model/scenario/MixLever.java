package org.sendplan.model.scenario;

import java.util.Set;

/**
 * Moves a share of plans from some settings to others over a period. A placement-mix lever
 * moves that share of everyone it selects; a redirect moves that share of the plans that
 * started since the lever began (new plans).
 *
 * @param from       settings the plans leave
 * @param to         settings they go to, in proportion to those settings' current mix (evenly when empty)
 * @param share      0–1
 * @param newPlansOnly true for a redirect
 */
public record MixLever(Set<String> from, Set<String> to, double share, Selection selection, Period period, boolean newPlansOnly) {
    public MixLever {
        from = Set.copyOf(from);
        to = Set.copyOf(to);
    }
}
