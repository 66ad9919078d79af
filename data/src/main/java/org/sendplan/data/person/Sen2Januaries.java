package org.sendplan.data.person;

import org.sendplan.data.DataException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The January censuses within a SEN2 return, rebuilt from its dates as the person-level route
 * counts them: a child is in the January Y census (the return's census date, moved to year Y) when
 * a main placement (rank 1) of one of their plans spans that date (entry ≤ date ≤ leaving, an empty
 * leaving date open) and the plan has started and not ceased (start ≤ date ≤ cease, from the named
 * plans of the same request; a plan without a named plan, such as a historical record, counts from
 * the placement's entry). Where two placements span one date, the one entered last counts. NC year
 * comes from the birth date at the census, need from the plan's rank-1 SEN need, setting from the
 * placement ({@link Sen2Fields#setting}).
 */
final class Sen2Januaries {
    private final LocalDate census;
    private final List<LocalDate> births;
    private final Sen2Module person;
    private final String placementFile;

    Sen2Januaries(LocalDate census, List<LocalDate> births, Sen2Module person, String placementFile) {
        this.census = census;
        this.births = births;
        this.person = person;
        this.placementFile = placementFile;
    }

    void add(List<Sen2ReturnReader.Placement> placements, List<Integer> activeRequest, List<Integer> requestPerson, LocalDate[] start,
             LocalDate[] cease, boolean[] open, int[] need, CensusRecords records) {
        // census year → person → the placement that counts; sorted, so that records (and the first error) come in a fixed order
        TreeMap<Integer, Map<Integer, Sen2ReturnReader.Placement>> chosen = new TreeMap<>();
        for (Sen2ReturnReader.Placement p : placements) {
            int r = activeRequest.get(p.activePlan());
            LocalDate from = start[r] != null && start[r].isAfter(p.entry()) ? start[r] : p.entry();
            LocalDate to = p.leaving();
            if (!open[r] && cease[r] != null && (to == null || cease[r].isBefore(to))) to = cease[r];
            for (int y = from.getYear(); y <= census.getYear(); y++) {
                LocalDate d = census.withYear(y);
                if (d.isBefore(from)) continue;
                if (to != null && d.isAfter(to)) break;
                Map<Integer, Sen2ReturnReader.Placement> year = chosen.computeIfAbsent(y, k -> new TreeMap<>());
                year.merge(requestPerson.get(r), p, (a, b) -> b.entry().isAfter(a.entry()) || b.entry().equals(a.entry()) && b.line() > a.line() ? b : a);
            }
        }
        chosen.forEach((y, people) -> people.forEach((who, p) -> {
            int ncy = CensusReader.ncyAtCensus(births.get(who), y);
            if (ncy < CensusRecords.MIN_NCY || ncy > CensusRecords.MAX_NCY) {
                throw new DataException(person.file, person.line(who), "personbirthdate", "an age at 31 August " + (y - 1)
                        + " of 0 to 25 while a plan is active at the January " + y + " census (placement_detail.csv line " + p.line() + ")", "NC year " + ncy);
            }
            records.add(y, Integer.toString(who), ncy, need[p.activePlan()], p.setting(), placementFile, p.line(), "urn");
        }));
    }
}
