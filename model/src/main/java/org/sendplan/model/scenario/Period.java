package org.sendplan.model.scenario;

/**
 * When a lever acts, as the January censuses that differ: a lever from academic year Y/Y+1 first
 * changes the flow from the January Y census to the January Y+1 census, so {@code firstCensus}
 * is Y+1; {@code lastCensus} is the census of the lever's last academic year (inclusive), or
 * {@link Integer#MAX_VALUE} when it has no end.
 */
public record Period(int firstCensus, int lastCensus) {
    public boolean covers(int census) {
        return census >= firstCensus && census <= lastCensus;
    }
}
