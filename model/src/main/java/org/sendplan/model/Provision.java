package org.sendplan.model;

/** The kinds of place that planners commission and finance costs; every setting maps to one. */
public enum Provision {
    MAINSTREAM("Mainstream school"),
    RESOURCED("Resourced provision and SEN units (enhanced mainstream)"),
    SPECIAL_STATE("State special school (LA maintained, academy, free)"),
    SPECIAL_INDEPENDENT("Independent and non-maintained special school"),
    AP("Alternative provision / PRU"),
    FE("Further education college or other FE provider"),
    SPI("Specialist post-16 institution"),
    EARLY_YEARS("Non-maintained early years"),
    OTHER("Home education, other arrangements, NEET, elsewhere, unknown");

    private final String label;

    Provision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
