package org.sendplan.model.scenario;

/**
 * The 2026 reforms' layers of support below a plan: a share of the new needs that would have
 * become EHC plans (joiners) is met without one, over a period. Those children leave every plan
 * figure; they are followed as the support layer (ageing and ending as plan holders would) so
 * that the money can cost them at the finance's support-layer cost instead of a placement's.
 *
 * @param share 0–1 of the selected new plans
 */
public record SupportLayer(double share, Selection selection, Period period) {
    public SupportLayer {
        if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("share must be 0–1: " + share);
    }
}
