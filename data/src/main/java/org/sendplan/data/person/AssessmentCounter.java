package org.sendplan.data.person;

import org.sendplan.data.CsvSource;
import org.sendplan.model.NeedsAssessments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts a SEN2 return's requests and needs assessments per January ({@link NeedsAssessments}):
 * an event of calendar year N−1 under the January N census, whose return reports it. Events of the
 * return's own calendar year belong to the next return (its year is not complete) and are left out.
 * An assessment counts once it has an outcome and its date, unless the outcome is H (a historical
 * record, not an assessment made); it resulted in a plan when the outcome is Y (decision to issue).
 */
final class AssessmentCounter {
    private final int returnYear;
    private final SortedMap<Integer, int[]> requests = new TreeMap<>(), assessments = new TreeMap<>(), plans = new TreeMap<>();

    AssessmentCounter(int returnYear) {
        this.returnYear = returnYear;
    }

    void request(CsvSource.Row row, LocalDate birth, long personLine) {
        LocalDate received = Sen2Fields.date(row, "receiveddate", true);
        count(requests, row, "receiveddate", received, birth, personLine);
    }

    void assessment(CsvSource.Row row, LocalDate birth, long personLine) {
        String outcome = row.text("assessmentoutcome").toUpperCase(java.util.Locale.ROOT);
        LocalDate done = Sen2Fields.date(row, "assessmentoutcomedate", false);
        if (done == null || outcome.isEmpty() || outcome.equals("H")) return;
        count(assessments, row, "assessmentoutcomedate", done, birth, personLine);
        if (outcome.equals("Y")) count(plans, row, "assessmentoutcomedate", done, birth, personLine);
    }

    private void count(SortedMap<Integer, int[]> counts, CsvSource.Row row, String field, LocalDate when, LocalDate birth, long personLine) {
        int census = when.getYear() + 1;
        if (census > returnYear) return;
        if (when.isBefore(birth)) {
            throw row.error(field, "a date on or after the person's birth date (person.csv line " + personLine + ")", "a date before it");
        }
        // age at the 31 August before the event: NC year + 4, the census's age rule (0 for a child born since)
        int age = Math.max(0, CensusReader.ageAtAugust31(birth, when.getMonthValue() >= 9 ? when.getYear() : when.getYear() - 1));
        if (age >= NeedsAssessments.AGES) {
            throw row.error(field, "a date when the person (person.csv line " + personLine + ") was 0 to 25 at the 31 August before it", "age " + age);
        }
        counts.computeIfAbsent(census, y -> new int[NeedsAssessments.AGES])[age]++;
    }

    NeedsAssessments counts() {
        return new NeedsAssessments(lists(requests), lists(assessments), lists(plans));
    }

    private static SortedMap<Integer, List<Integer>> lists(SortedMap<Integer, int[]> counts) {
        SortedMap<Integer, List<Integer>> out = new TreeMap<>();
        counts.forEach((y, byAge) -> {
            List<Integer> l = new ArrayList<>(byAge.length);
            for (int v : byAge) l.add(v);
            out.put(y, Collections.unmodifiableList(l));
        });
        return out;
    }
}
