package org.sendplan.model.evaluation;

/**
 * Everything that shapes a forecast's distribution beyond the cohort model: the track record
 * (point forecast, the total's calibrated errors, the judged horizons and the coverage of every
 * band) and the rule beyond the judged horizons with its ceiling.
 */
public record Judgement(TrackRecord record, LongHorizon longHorizon) {
}
