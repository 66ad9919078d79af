package org.sendplan.model.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The rate levers of a scenario, applied to the projection. {@link #NONE} is the baseline.
 *
 * @param supportLayers  shares of new plans met in the support layer instead
 * @param reviews        shares of plan holders moved to the support layer at phase transfer
 * @param inclusionBases places in inclusion bases and the new plans redirected to them
 * @param ceiling        a ceiling on plans per 1,000 pupils, or null
 */
public record Levers(List<FlowLever> joiners, List<FlowLever> leavers, List<MixLever> mixes, List<SupportLayer> supportLayers,
                     List<PhaseTransferReview> reviews, List<InclusionBases> inclusionBases, PlanShareCeiling ceiling) {
    public static final Levers NONE = new Levers(List.of(), List.of(), List.of());

    public Levers {
        joiners = List.copyOf(joiners);
        leavers = List.copyOf(leavers);
        mixes = List.copyOf(mixes);
        supportLayers = List.copyOf(supportLayers);
        reviews = List.copyOf(reviews);
        inclusionBases = List.copyOf(inclusionBases);
    }

    /** The levers of the strategy alone, without the 2026 reforms. */
    public Levers(List<FlowLever> joiners, List<FlowLever> leavers, List<MixLever> mixes) {
        this(joiners, leavers, mixes, List.of(), List.of(), List.of(), null);
    }

    /** The placement-mix levers and redirects with the inclusion bases' redirects after them. */
    public List<MixLever> allMixes() {
        List<MixLever> all = new ArrayList<>(mixes);
        for (InclusionBases b : inclusionBases) all.add(b.redirect());
        return all;
    }

    /** Whether a lever moves children out of the plans into the support layer (the cohort model follows them). */
    public boolean hasSupportLayer() {
        return !supportLayers.isEmpty() || !reviews.isEmpty() || ceiling != null;
    }

    public boolean isEmpty() {
        return joiners.isEmpty() && leavers.isEmpty() && mixes.isEmpty() && supportLayers.isEmpty() && reviews.isEmpty()
                && inclusionBases.isEmpty() && ceiling == null;
    }
}
