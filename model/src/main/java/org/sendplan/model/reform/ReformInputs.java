package org.sendplan.model.reform;

import org.sendplan.model.Population;

/**
 * What the reform plan needs beyond the forecast, as published for the calendar year before the
 * base census: the flows of tables 10–12 and the population that splits the change in plans.
 *
 * @param source        the release, for the notes
 * @param requests      requests for an EHC needs assessment received (NaN: not published)
 * @param assessments   requests the authority decided to assess (NaN: not published)
 * @param newPlans      new EHC plans made (NaN: not published)
 * @param newPlansByAge new plans by the age the plan started ({@link org.sendplan.model.Ages} index; NaN where not published)
 * @param population    persons by single year of age at mid-year (null: none; no split)
 */
public record ReformInputs(String source, double requests, double assessments, double newPlans, double[] newPlansByAge, Population population) {
    public ReformInputs {
        newPlansByAge = newPlansByAge.clone();
    }

    /** The same published figures with another population to split the change (a scenario's own). */
    public ReformInputs withPopulation(Population other) {
        return new ReformInputs(source, requests, assessments, newPlans, newPlansByAge, other);
    }

    @Override
    public double[] newPlansByAge() {
        return newPlansByAge.clone();
    }
}
