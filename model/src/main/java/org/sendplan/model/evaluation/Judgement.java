package org.sendplan.model.evaluation;

/**
 * Everything that shapes a forecast's distribution beyond the cohort model: the track record
 * (point forecast and the total's calibrated errors, judged horizons), how the roll-ups' shared
 * bands covered past outturns, and the rule beyond the judged horizons with its ceiling.
 */
public record Judgement(TrackRecord record, SharedBands groups, LongHorizon longHorizon) {
}
