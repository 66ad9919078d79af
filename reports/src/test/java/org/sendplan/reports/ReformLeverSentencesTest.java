package org.sendplan.reports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 2026 reform levers in words on the Scenarios sheet, as the example files write them. */
class ReformLeverSentencesTest {
    @Test
    void eachReformLeverReadsAsASentence() {
        assertEquals(List.of("15% of new plans met in a support layer without a plan, from 2027/28."),
                LeverSentences.of("levers.support_layer: {share: 0.15, start: 2027/28}"));
        assertEquals(List.of("25% of plan holders moving into secondary and post16 leave the plan for a support layer at phase transfer, "
                        + "from 2030/31 to 2034/35."),
                LeverSentences.of("levers.phase_transfer_review: {share: 0.25, start: 2030/31, end: 2034/35}"));
        assertEquals(List.of("Inclusion bases, counted as Resourced provision and SEN units (enhanced mainstream): 60, then 120, then 180 places; "
                        + "25% of new plans for State special school (LA maintained, academy, free) and Independent and non-maintained special school "
                        + "go to them instead, secondary, from 2027/28."),
                LeverSentences.of("levers.inclusion_bases: [{places: [60, 120, 180], start: 2027/28, share: 0.25, from: [SPECIAL_STATE, "
                        + "SPECIAL_INDEPENDENT], phase: secondary}]"));
        assertEquals(List.of("EHC plans held at or under 145, then 139, then 122 per 1,000 pupils (the excess met in a support layer), from 2030/31."),
                LeverSentences.of("levers.plan_share_ceiling: {per_1000_pupils: [145, 139, 122], start: 2030/31}"));
        assertEquals(List.of("EHC plans held at or under 4.7% of pupils (the excess met in a support layer), from 2030/31."),
                LeverSentences.of("levers.plan_share_ceiling: {percent_of_pupils: 4.7, start: 2030/31}"));
    }
}
