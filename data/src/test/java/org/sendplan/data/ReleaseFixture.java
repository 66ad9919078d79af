package org.sendplan.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small DfE SEN2 release folder in the 2025 layout for reader tests: two authorities
 * (one with a quoted name holding a comma), a few setting columns, rows that the tests can
 * then break one at a time.
 */
final class ReleaseFixture {
    static final String ID = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
            + "new_la_code,old_la_code,la_name,breakdown_topic,breakdown";
    static final String BOM = "\uFEFF";

    final List<String> caseload = new ArrayList<>();
    final List<String> newPlans = new ArrayList<>();
    final List<String> ceased = new ArrayList<>();
    final List<String> needs = new ArrayList<>();
    final List<String> needsNew = new ArrayList<>();
    /** requests.csv, written only when it has rows (a release folder need not hold it). */
    final List<String> requests = new ArrayList<>();

    ReleaseFixture() {
        caseload.add(BOM + ID + ",ehcplans,mainstream_academy,mainstream_total,special_academy_free,special_total,placement_unknown");
        String a = "Academic year,Local authority,E92000001,England,E12000001,North East,E06000004,808,Stockton-on-Tees";
        String b = "Academic year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E06000010,810,\"Kingston upon Hull, City of\"";
        caseload.add("202324," + a + ",All EHC plans,All EHC plans,100,60,60,40,40,0");
        caseload.add("202425," + a + ",All EHC plans,All EHC plans,120,70,70,45,45,5");
        caseload.add("202425," + a + ",Child or young persons age,under 3,20,20,20,0,0,0");
        caseload.add("202425," + a + ",Child or young persons age,age 10,100,50,50,45,45,5");
        caseload.add("202425," + b + ",All EHC plans,All EHC plans,50,x,x,z,z,x");
        caseload.add("202425,Academic year,National,E92000001,England,,,,,,All EHC plans,All EHC plans,999,1,1,1,1,1");
        newPlans.add(ID + ",new_ehc_plans,mainstream_academy,special_academy_free");
        String ca = "Calendar year,Local authority,E92000001,England,E12000001,North East,E06000004,808,Stockton-on-Tees";
        newPlans.add("2024," + ca + ",New EHC plans,New EHC plans,30,20,10");
        newPlans.add("2024," + ca + ",Age when plan started,age 2 and under,5,5,0");
        newPlans.add("2024," + ca + ",Age when plan started,age 20 and over,25,15,10");
        ceased.add(ID + ",max_age,needs_met,total_ceased");
        ceased.add("2024," + ca + ",All ceased EHC plans,All ceased EHC plans,4,6,10");
        ceased.add("2024," + ca + ",Age plan ceased,age 16,2,2,4");
        ceased.add("2024," + ca + ",Age plan ceased,age 19,2,2,4");
        ceased.add("2024," + ca + ",Age plan ceased,Age unknown,1,1,2");
        needs.add(ID + ",ehc_plans,number_asd,number_semh,number_need_unknown,asd_pc");
        needs.add("202425," + a + ",Child or young persons age,age 10,100,60,40,0,60");
        needs.add("202425," + a + ",Type of placement,Special - Academy/free schools,45,40,5,0,88.9");
        needs.add("202425," + a + ",Type of placement,Special - total,45,40,5,0,88.9");
        needsNew.add(ID + ",ehc_plans,number_asd,number_semh,number_need_unknown");
        needsNew.add("2024," + ca + ",Child or young persons age,age 10,10,6,4,0");
    }

    /** Adds a requests.csv: Stockton 2023 and 2024, Hull 2024 unpublished (x), an age row and a national row that are not read. */
    ReleaseFixture withRequests() {
        String ca = "Calendar year,Local authority,E92000001,England,E12000001,North East,E06000004,808,Stockton-on-Tees";
        String cb = "Calendar year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E06000010,810,\"Kingston upon Hull, City of\"";
        String all = ",All requests for EHC needs assessments,All requests for EHC needs assessments,";
        requests.add(BOM + ID + ",requests_received_in_year,requests_rya,requests_decided_to_assess,requests_decided_not_to_assess");
        requests.add("2023," + ca + all + "40,0,x,5");
        requests.add("2024," + ca + all + "50,0,45,3");
        requests.add("2024," + ca + ",Child or young persons age,Aged 10,7,0,6,1");
        requests.add("2024," + cb + all + "x,x,x,x");
        requests.add("2024,Calendar year,National,E92000001,England,,,,,," + all.substring(1) + "999,0,900,50");
        return this;
    }

    Path write(Path dir) throws IOException {
        Files.write(dir.resolve("caseload.csv"), caseload, StandardCharsets.UTF_8);
        Files.write(dir.resolve("newplans.csv"), newPlans, StandardCharsets.UTF_8);
        Files.write(dir.resolve("ceased_plans.csv"), ceased, StandardCharsets.UTF_8);
        Files.write(dir.resolve("sen_needs_all_plans.csv"), needs, StandardCharsets.UTF_8);
        Files.write(dir.resolve("sen_need_newplans.csv"), needsNew, StandardCharsets.UTF_8);
        if (!requests.isEmpty()) Files.write(dir.resolve("requests.csv"), requests, StandardCharsets.UTF_8);
        return dir;
    }
}
