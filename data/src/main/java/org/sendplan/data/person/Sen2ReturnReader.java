package org.sendplan.data.person;

import org.sendplan.data.DataException;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Need;
import org.sendplan.model.Setting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads an authority's own person-level SEN2 return, one CSV per module (docs/data-formats.md),
 * into the person-level route's records: one per child per January census, from the dates of the
 * return's plans and placements ({@link Sen2Januaries}), and the requests and assessments counted
 * per January ({@link AssessmentCounter}). Of the person module only the table ids and the birth
 * date are read: names, UPN, ULN and postcode stay in the CSV parser's row and are never held.
 */
public final class Sen2ReturnReader {
    /** The module files, in the return's order. */
    public static final List<String> FILES = List.of("header.csv", "person.csv", "requests.csv", "assessment.csv", "named_plan.csv",
            "plan_detail.csv", "active_plans.csv", "placement_detail.csv", "sen_need.csv");

    private Sen2ReturnReader() {
    }

    /** A placement of rank 1 (the main one) of an active plan. */
    record Placement(int activePlan, String setting, LocalDate entry, LocalDate leaving, long line) {
    }

    public static WitanReader.Parsed read(Path dir, Map<String, Setting> settingsFile) {
        if (!Files.isDirectory(dir)) throw new DataException(dir.toString(), 0, "--sen2-return", "a folder holding a SEN2 return", "no such folder");
        LocalDate[] census = new LocalDate[1];
        Sen2Module header = Sen2Module.read(dir, "header.csv", "header", "sen2tableid", null, null,
                List.of("collection", "year", "referencedate"), (row, p) -> {
                    if (census[0] != null) throw row.error("sen2tableid", "one return (one header row)", "a second header row");
                    if (!row.text("collection").equalsIgnoreCase("SEN2")) throw row.error("collection", "SEN2", quote(row.text("collection")));
                    int year = Ints.parse(row, "year", 2000, 2200);
                    LocalDate d = Sen2Fields.date(row, "referencedate", true);
                    if (d.getYear() != year || d.getMonth() != Month.JANUARY) {
                        throw row.error("referencedate", "the January " + year + " census date", quote(row.text("referencedate")));
                    }
                    census[0] = d;
                });
        List<LocalDate> births = new ArrayList<>();
        Sen2Module person = Sen2Module.read(dir, "person.csv", "person", "persontableid", header, "sen2tableid", List.of("personbirthdate"),
                (row, p) -> births.add(Sen2Fields.date(row, "personbirthdate", true)));
        AssessmentCounter counter = new AssessmentCounter(census[0].getYear());
        List<Integer> requestPerson = new ArrayList<>();
        Sen2Module requests = Sen2Module.read(dir, "requests.csv", "requests", "requeststableid", person, "persontableid",
                List.of("receiveddate"), (row, p) -> {
                    requestPerson.add(p);
                    counter.request(row, births.get(p), person.line(p));
                });
        List<Integer> assessmentRequest = new ArrayList<>();
        Sen2Module assessment = Sen2Module.read(dir, "assessment.csv", "assessment", "assessmenttableid", requests, "requeststableid",
                List.of("assessmentoutcome", "assessmentoutcomedate"), (row, p) -> {
                    assessmentRequest.add(p);
                    counter.assessment(row, births.get(requestPerson.get(p)), person.line(requestPerson.get(p)));
                });
        // a request's plan: its earliest start, and its cease date unless one of its named plans is still open
        LocalDate[] start = new LocalDate[requests.size()], cease = new LocalDate[requests.size()];
        boolean[] open = new boolean[requests.size()];
        int[] ceasedBefore = new int[1];
        LocalDate lastYearStart = LocalDate.of(census[0].getYear() - 1, 1, 1);
        Sen2Module namedPlan = Sen2Module.read(dir, "named_plan.csv", "named plan", "namedplantableid", assessment, "assessmenttableid",
                List.of("startdate", "ceasedate"), (row, p) -> {
                    int r = assessmentRequest.get(p);
                    LocalDate s = Sen2Fields.date(row, "startdate", true), c = Sen2Fields.date(row, "ceasedate", false);
                    if (c != null && c.isBefore(s)) throw row.error("ceasedate", "a date on or after startdate (" + s + ")", c.toString());
                    if (c != null && c.isBefore(lastYearStart)) ceasedBefore[0]++;
                    if (start[r] == null || s.isBefore(start[r])) start[r] = s;
                    if (c == null) open[r] = true;
                    else if (cease[r] == null || c.isAfter(cease[r])) cease[r] = c;
                });
        Sen2Module.read(dir, "plan_detail.csv", "plan detail", "plandetailtableid", namedPlan, "namedplantableid", List.of(), (row, p) -> {
        });
        List<Integer> activeRequest = new ArrayList<>();
        Sen2Module activePlans = Sen2Module.read(dir, "active_plans.csv", "active plans", "activeplanstableid", requests, "requeststableid",
                List.of(), (row, p) -> activeRequest.add(p));
        List<Placement> placements = new ArrayList<>();
        Sen2Module placementDetail = Sen2Module.read(dir, "placement_detail.csv", "placement detail", "placementdetailtableid", activePlans,
                "activeplanstableid", List.of("urn", "ukprn", "sensetting", "placementrank", "entrydate", "leavingdate", "senunitindicator",
                        "resourcedprovisionindicator"), (row, p) -> {
                    int rank = Ints.parse(row, "placementrank", 1, 99);
                    String setting = Sen2Fields.setting(row);
                    LocalDate entry = Sen2Fields.date(row, "entrydate", true), leaving = Sen2Fields.date(row, "leavingdate", false);
                    if (leaving != null && leaving.isBefore(entry)) throw row.error("leavingdate", "a date on or after entrydate (" + entry + ")", leaving.toString());
                    if (rank == 1) placements.add(new Placement(p, setting, entry, leaving, row.line()));
                });
        int[] need = new int[activePlans.size()];
        long[] needLine = new long[activePlans.size()];
        Arrays.fill(need, Need.UNKNOWN.ordinal());
        Sen2Module.read(dir, "sen_need.csv", "SEN need", "senneedtableid", activePlans, "activeplanstableid", List.of("sentype", "sentyperank"),
                (row, p) -> {
                    Need n = Sen2Fields.need(row);
                    if (Ints.parse(row, "sentyperank", 1, 99) != 1) return;
                    if (needLine[p] != 0) throw row.error("sentyperank", "one need of rank 1 (the primary need) per active plan", "a second, after line " + needLine[p]);
                    need[p] = n.ordinal();
                    needLine[p] = row.line();
                });
        String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        CensusRecords records = new CensusRecords(name, settingsFile);
        Sen2Januaries januaries = new Sen2Januaries(census[0], births, person, placementDetail.file);
        januaries.add(placements, activeRequest, requestPerson, start, cease, open, need, records);
        WitanReader.Parsed parsed = records.transitions(dir.toString(), counter.counts());
        if (ceasedBefore[0] == 0) {
            // a statutory return holds the year's records only: earlier Januaries then lack every child who left before
            parsed.builder().warn(new DataWarning("SEN2 return", 0, "no plan in the return ceased before " + lastYearStart.getYear()
                    + ": if it holds only the statutory year's records, the Januaries before " + (census[0].getYear() - 1)
                    + " lack the children who left then, and leaver rates are too low; export the return's whole history", false));
        }
        return parsed;
    }

    private static String quote(String v) {
        return DataException.quote(v);
    }
}
