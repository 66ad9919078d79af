package org.sendplan.model.reform;

import org.sendplan.model.AgeBand;

/**
 * Which age puts a child in a reform plan's age group. Two rules are in use and they put a child
 * one group apart at each boundary: age at 31 August (NCY + 4), as SEN2 counts and publishes
 * caseload, and the age turned during the school year (NCY + 5), the default of the public
 * reading of the DfE template (MastodonC's witan.send.lsrp).
 */
public enum AgeRule {
    AUGUST("age at 31 August (NCY + 4), as SEN2 counts it", 0),
    TURNED("age turned during the school year (NCY + 5)", 1);

    private final String words;
    private final int shift;

    AgeRule(String words, int shift) {
        this.words = words;
        this.shift = shift;
    }

    /** The rule in words, for a table's note. */
    public String words() {
        return words;
    }

    /**
     * The group of a child aged {@code ageAt31August}. Under the turned rule a 25-year-old (at 31
     * August) turns 26 during the year; they stay in the oldest group, so that the groups still
     * add up to every plan held.
     */
    public AgeBand band(int ageAt31August) {
        return AgeBand.of(Math.min(ageAt31August + shift, AgeBand.AGE_20_25.to()));
    }

    /** The rule named on the command line: {@code august} or {@code turned}. */
    public static AgeRule parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
