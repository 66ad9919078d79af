package org.sendplan.model;

/** Primary need codes used everywhere in sendplan (DOMAIN.md glossary). */
public enum Need {
    ASD("Autistic spectrum disorder"),
    SEMH("Social, emotional and mental health"),
    SLCN("Speech, language and communication needs"),
    MLD("Moderate learning difficulty"),
    SLD("Severe learning difficulty"),
    PMLD("Profound and multiple learning difficulty"),
    SPLD("Specific learning difficulty"),
    HI("Hearing impairment"),
    VI("Visual impairment"),
    MSI("Multi-sensory impairment"),
    PD("Physical disability"),
    OTH("Other difficulty or disability"),
    UNKNOWN("Need not recorded");

    private final String label;

    Need(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
