package org.sendplan.model;

/**
 * Something in the data that is valid but suspicious, or a fallback the run had to take.
 *
 * @param series  which series (e.g. {@code caseload total}, {@code new plans 2022})
 * @param year    the year it concerns (census or calendar year as the series uses), 0 if none
 * @param message what was found and what the run did about it
 * @param base    true when it concerns the base year itself (said loudly)
 */
public record DataWarning(String series, int year, String message, boolean base) implements java.io.Serializable {
    @Override
    public String toString() {
        return series + (year > 0 ? " " + year : "") + ": " + message;
    }
}
