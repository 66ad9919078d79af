package org.sendplan.data.person;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Writes a SYNTHETIC person-level SEN2 return (no real person): the January 2025 return of a made-up
 * authority (LA 999) holding its whole history, about 300 children with plans from 2012 on and
 * requests that led to none, in the module files that {@link Sen2ReturnReader} reads. Names, UPNs,
 * ULNs and postcodes are made up too (UPNs {@code U9…}), so tests can prove none of them reaches an
 * output. Deterministic: the same seed writes the same bytes. Run {@link #main} to rewrite the
 * bundled fixture ({@code app/src/test/resources/org/sendplan/app/sen2-return-demo}).
 */
public final class Sen2ReturnGenerator {
    public static final long SEED = 2025;
    public static final LocalDate CENSUS = LocalDate.of(2025, 1, 16);
    private static final String[] NEEDS = {"ASD", "SEMH", "SLCN", "MLD", "SLD", "PMLD", "SPLD", "HI", "VI", "PD", "OTH", "DS"};
    private static final int[] NEED_WEIGHTS = {30, 18, 20, 8, 6, 2, 4, 2, 1, 3, 2, 4};

    private final Random random;
    private final Map<String, List<String>> files = new LinkedHashMap<>();
    private int people, requests, assessments, namedPlans, planDetails, activePlans, placements, needs;

    private Sen2ReturnGenerator(long seed) {
        random = new Random(seed);
        files.put("header.csv", rows("sen2tableid,collection,year,referencedate,lea", "R2025,SEN2,2025," + CENSUS + ",999"));
        files.put("person.csv", rows("persontableid,sen2tableid,surname,forename,personbirthdate,sex,ethnicity,postcode,upn,uniquelearnernumber,upnunknown"));
        files.put("requests.csv", rows("requeststableid,persontableid,receiveddate,requestsource,rya,requestoutcomedate,requestoutcome,requestmediation,requesttribunal,exported"));
        files.put("assessment.csv", rows("assessmenttableid,requeststableid,assessmentoutcome,assessmentoutcomedate,assessmentmediation,assessmenttribunal,othermediation,othertribunal,week20"));
        files.put("named_plan.csv", rows("namedplantableid,assessmenttableid,startdate,planres,planwbp,pb,oa,dp,ceasedate,ceasereason"));
        files.put("plan_detail.csv", rows("plandetailtableid,namedplantableid,urn,ukprn,sensetting,sensettingother,placementrank,senunitindicator,resourcedprovisionindicator"));
        files.put("active_plans.csv", rows("activeplanstableid,requeststableid,transferla,reviewmeeting,reviewoutcome,lastreview"));
        files.put("placement_detail.csv", rows("placementdetailtableid,activeplanstableid,urn,ukprn,sensetting,sensettingother,placementrank,entrydate,leavingdate,senunitindicator,resourcedprovisionindicator,res,wbp"));
        files.put("sen_need.csv", rows("senneedtableid,activeplanstableid,sentype,sentyperank"));
    }

    /** The return's files by name, each a list of lines (header first). */
    public static Map<String, List<String>> generate(long seed) {
        Sen2ReturnGenerator g = new Sen2ReturnGenerator(seed);
        // plans started 2012–2024: about 22 a year at first, growing to about 40, as plans grew in England
        for (int year = 2012; year <= 2024; year++) {
            int n = 22 + (year - 2012) * 3 / 2;
            for (int i = 0; i < n; i++) g.child(year, true);
            for (int i = 0; i < n / 3; i++) g.child(year, false); // requests that led to no plan
        }
        g.files.put("settings.csv", rows("code,provision,description",
                "EYP,EARLY_YEARS,Early years provider (SEN setting EYP)",
                "100001,MAINSTREAM,Synthetic primary school A",
                "100002,MAINSTREAM,Synthetic primary school B",
                "100002:RP,RESOURCED,Synthetic primary school B resourced provision",
                "100003,MAINSTREAM,Synthetic primary school C",
                "100011,MAINSTREAM,Synthetic secondary school D",
                "100012,MAINSTREAM,Synthetic secondary school E (with sixth form)",
                "100012:RP,RESOURCED,Synthetic secondary school E resourced provision",
                "100021,SPECIAL_STATE,Synthetic special school F (primary)",
                "100022,SPECIAL_STATE,Synthetic special school G (secondary and post-16)",
                "100031,SPECIAL_INDEPENDENT,Synthetic independent special school H",
                "10001234,FE,Synthetic further education college (UKPRN)",
                "10005678,SPI,Synthetic specialist post-16 institution (UKPRN)",
                "EHE,OTHER,Elective home education (SEN setting EHE)",
                "NEET,OTHER,Not in education employment or training (SEN setting NEET)"));
        g.files.put("README.txt", rows("SYNTHETIC DATA: no real person, school or authority.",
                "A made-up authority's person-level SEN2 return (January 2025, LA 999, its whole history since 2012),",
                "written by data/src/test/java/org/sendplan/data/person/Sen2ReturnGenerator.java (seed " + seed + ").",
                "Names, UPNs (U9...), ULNs and postcodes are made up; sendplan never reads them.",
                "settings.csv maps its URNs, UKPRNs and SEN settings to provisions (forecast --settings)."));
        return g.files;
    }

    public static Path write(Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        for (var e : generate(seed).entrySet()) Files.write(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        return dir;
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "app/src/test/resources/org/sendplan/app/sen2-return-demo"), SEED);
    }

    private static List<String> rows(String... lines) {
        return new ArrayList<>(List.of(lines));
    }

    private void add(String file, Object... cells) {
        StringJoiner line = new StringJoiner(",");
        for (Object c : cells) line.add(c == null ? "" : c.toString());
        files.get(file).add(line.toString());
    }

    /** One person whose request was received in {@code year}; {@code plan}: it led to a plan. */
    private void child(int year, boolean plan) {
        String person = String.format("PER%04d", ++people);
        LocalDate received = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        int ageAtRequest = 1 + random.nextInt(16);
        LocalDate birth = received.minusYears(ageAtRequest).minusDays(random.nextInt(365));
        add("person.csv", person, "R2025", "Synthetic", String.format("Child%04d", people), birth, random.nextBoolean() ? "F" : "M", "WBRI",
                String.format("ZZ99 %dZZ", people % 10), String.format("U9%011d", people), String.format("99%08d", people), "");
        String request = String.format("REQ%04d", ++requests);
        boolean assessed = plan || random.nextBoolean();
        LocalDate decided = received.plusDays(30 + random.nextInt(14));
        add("requests.csv", request, person, received, 1, 0, decided, assessed ? "A" : "N", 0, 0, 0);
        if (!assessed) return;
        String assessment = String.format("ASM%04d", ++assessments);
        LocalDate outcome = received.plusWeeks(14 + random.nextInt(8));
        boolean done = outcome.isBefore(CENSUS);
        add("assessment.csv", assessment, request, done ? (plan ? "Y" : "N") : "", done ? outcome : null, 0, 0, 0, 0, 0);
        if (!plan || !done) return;
        LocalDate start = outcome.plusDays(random.nextInt(14));
        String need = need();
        int track = track(need);
        LocalDate cease = cease(birth, start);
        String namedPlan = String.format("NP%04d", ++namedPlans);
        add("named_plan.csv", namedPlan, assessment, start, 0, 0, 0, 0, "", cease, cease == null ? null : ceaseReason(birth, cease));
        String active = String.format("AP%04d", ++activePlans);
        add("active_plans.csv", active, request, "", null, "", null);
        // the placements: the one the child was in when the plan started (entered at the start of its phase), then one per phase
        LocalDate entry = phaseStart(birth, start);
        String[] first = setting(ncy(birth, start), track);
        add("plan_detail.csv", String.format("PD%04d", ++planDetails), namedPlan, first[0], first[1], first[2], "", 1, first[3], first[4]);
        LocalDate end = cease != null ? cease : null;
        while (true) {
            String[] s = setting(ncy(birth, entry.isBefore(start) ? start : entry), track);
            LocalDate next = nextPhase(birth, entry);
            boolean last = next == null || next.isAfter(CENSUS) || end != null && !next.isBefore(end);
            LocalDate leaving = last ? end : next.minusDays(1);
            add("placement_detail.csv", String.format("PL%04d", ++placements), active, s[0], s[1], s[2], "", 1, entry, leaving, s[3], s[4], "", "");
            if (last) break;
            entry = next;
        }
        if (random.nextInt(20) == 0) { // now and then a second placement (alternative provision) beside the main one
            add("placement_detail.csv", String.format("PL%04d", ++placements), active, "100041", "", "", "", 2, start, end, 0, 0, "", "");
        }
        add("sen_need.csv", String.format("SN%04d", ++needs), active, need, 1);
        if (random.nextInt(3) == 0) add("sen_need.csv", String.format("SN%04d", ++needs), active, NEEDS[random.nextInt(3)], 2);
    }

    private String need() {
        int total = 0;
        for (int w : NEED_WEIGHTS) total += w;
        int x = random.nextInt(total);
        for (int i = 0; i < NEEDS.length; i++) {
            x -= NEED_WEIGHTS[i];
            if (x < 0) return NEEDS[i];
        }
        throw new AssertionError();
    }

    /** 0 mainstream, 1 resourced provision, 2 state special, 3 independent special: learning difficulties more often special. */
    private int track(String need) {
        int special = switch (need) {
            case "SLD", "PMLD", "DS" -> 70;
            case "ASD", "SEMH" -> 35;
            default -> 12;
        };
        int x = random.nextInt(100);
        return x < special * 3 / 4 ? 2 : x < special ? 3 : x < special + 10 ? 1 : 0;
    }

    /** A plan ceases at 19 for half, at 25 for the rest, and otherwise with a chance of 1 in 25 each year; after the census it is open. */
    private LocalDate cease(LocalDate birth, LocalDate start) {
        for (int y = start.getYear(); y <= CENSUS.getYear(); y++) {
            LocalDate august = LocalDate.of(y, 8, 31);
            if (august.isBefore(start)) continue;
            int age = Period.between(birth, august).getYears();
            LocalDate c = null;
            if (age >= 25 || age == 19 && random.nextBoolean()) c = LocalDate.of(y, 7, 31);
            else if (random.nextInt(25) == 0) c = august.minusDays(random.nextInt(300));
            if (c != null) return c.isBefore(start) ? start : c.isAfter(CENSUS) ? null : c;
        }
        return null;
    }

    private static int ceaseReason(LocalDate birth, LocalDate cease) {
        int age = Period.between(birth, cease).getYears();
        return age >= 24 ? 1 : age >= 18 ? 4 : 2;
    }

    /** NC year at a date: age at the 31 August before it − 4. */
    private static int ncy(LocalDate birth, LocalDate date) {
        LocalDate august = LocalDate.of(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1, 8, 31);
        return Math.max(0, Period.between(birth, august).getYears()) - 4;
    }

    /** Primary, secondary, post-16 and post-19 begin at these NC years (early years before the first). */
    private static final int[] PHASES = {0, 7, 12, 15};

    /** NC year in the academic year that begins in September {@code y}; -5 before the child's first 31 August. */
    private static int ncyInYear(LocalDate birth, int y) {
        LocalDate august = LocalDate.of(y, 8, 31);
        return august.isBefore(birth) ? -5 : Period.between(birth, august).getYears() - 4;
    }

    private static int phase(int ncy) {
        int p = 0;
        for (int from : PHASES) if (ncy >= from) p++;
        return p;
    }

    private static int academicYear(LocalDate d) {
        return d.getMonthValue() >= 9 ? d.getYear() : d.getYear() - 1;
    }

    /** The 1 September on which the phase of {@code date} began (the birth date in early years, before any). */
    private static LocalDate phaseStart(LocalDate birth, LocalDate date) {
        int y = academicYear(date), p = phase(ncyInYear(birth, y));
        while (phase(ncyInYear(birth, y - 1)) == p && !LocalDate.of(y - 1, 9, 1).isBefore(birth)) y--;
        LocalDate s = LocalDate.of(y, 9, 1);
        return s.isBefore(birth) || s.isAfter(date) ? birth.isAfter(date) ? date : birth : s;
    }

    /** The 1 September the next phase begins, or null past NC year 21 (age 25). */
    private static LocalDate nextPhase(LocalDate birth, LocalDate entry) {
        int y = academicYear(entry), p = phase(ncyInYear(birth, y));
        while (phase(ncyInYear(birth, y)) == p && ncyInYear(birth, y) <= 21) y++;
        return ncyInYear(birth, y) > 21 ? null : LocalDate.of(y, 9, 1);
    }

    /** {urn, ukprn, sensetting, senunitindicator, resourcedprovisionindicator} of a placement. */
    private String[] setting(int ncy, int track) {
        if (ncy < 0) return new String[]{"", "", "EYP", "0", "0"};
        if (random.nextInt(40) == 0) return new String[]{"", "", ncy >= 12 ? "NEET" : "EHE", "0", "0"};
        String[] primary = {"100001", "100002", "100003"}, secondary = {"100011", "100012"};
        return switch (track) {
            case 1 -> ncy <= 6 ? school("100002", "1") : ncy <= 11 ? school("100012", "1") : provider("10001234");
            case 2 -> ncy <= 6 ? school("100021", "0") : ncy <= 14 ? school("100022", "0") : provider("10005678");
            case 3 -> ncy <= 11 ? school("100031", "0") : provider("10005678");
            default -> ncy <= 6 ? school(primary[random.nextInt(3)], "0") : ncy <= 11 ? school(secondary[random.nextInt(2)], "0")
                    : ncy <= 14 && random.nextBoolean() ? school("100012", "0") : provider("10001234");
        };
    }

    private static String[] school(String urn, String rp) {
        return new String[]{urn, "", "", "0", rp};
    }

    private static String[] provider(String ukprn) {
        return new String[]{"", ukprn, "", "0", "0"};
    }
}
