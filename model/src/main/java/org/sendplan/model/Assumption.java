package org.sendplan.model;

/**
 * One rate or parameter the projection used, with where it came from, for the workbook's
 * Assumptions sheet.
 *
 * @param group  what kind of assumption (e.g. {@code continuation}, {@code joiners}, {@code band})
 * @param name   what it is (e.g. {@code continuation age 15 -> 16})
 * @param value  the value used
 * @param source the data and method that set it
 */
public record Assumption(String group, String name, double value, String source) {
}
