package org.sendplan.model.money;

/**
 * The authority an input file says it was made for ({@code init} writes it into both templates),
 * and where it says so: a forecast for another authority refuses the file, so that one
 * authority's places and money are never planned on another's figures without a word.
 *
 * @param laCode the old LA code written in the file
 * @param file   the file, as errors name it
 * @param line   the line that says it
 * @param field  the key or column that says it
 */
public record MadeFor(String laCode, String file, long line, String field) {
}
