package org.sendplan.model;

/** The roll-ups of a projection written to summary.csv, in output order. */
public enum Dimension {
    TOTAL("total"), PROVISION("provision"), SETTING("setting"), NEED("need"), PHASE("phase");

    private final String code;

    Dimension(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
