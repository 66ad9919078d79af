package org.sendplan.model.reform;

import org.sendplan.model.AgeBand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reform plan's tables of flows by age group: 10 requests for an EHC needs assessment, 11
 * EHC needs assessments, 12 assessments that result in a plan. The release publishes requests and
 * assessments per authority and calendar year, not by age, and new plans by the age the plan
 * started; so the observed year's totals are counted, its new plans by age are counted, and
 * requests and assessments by age are the totals shared out in the age profile of that year's
 * new plans (an assumption each table says). The forecast is inferred, not modelled: each flow
 * keeps its observed ratio to the plans held at the census that closes its calendar year, so it
 * grows with the central forecast of plans.
 */
final class FlowTables {
    private static final AgeBand[] BANDS = AgeBand.values();

    private FlowTables() {
    }

    /** Tables 10–12, each where the release has its observed total; {@code notes} gets a sentence for any left out. */
    static List<ReformTable> of(CentralMix mix, ReformInputs in, int flowYear, List<String> notes) {
        double[] profile = ageProfile(in.newPlansByAge());
        List<ReformTable> out = new ArrayList<>();
        add(out, notes, mix, flowYear, in.requests(), profile, "10", "Current and projected number of all EHCNA requests by CYP age",
                "requests", "requests for an EHC needs assessment received (requests.csv, requests_received_in_year)", true);
        add(out, notes, mix, flowYear, in.assessments(), profile, "11", "Current and projected number of all EHC Needs Assessments by CYP age",
                "assessments", "requests the authority decided to assess (requests.csv, requests_decided_to_assess; the release does not "
                        + "count assessments themselves)", true);
        add(out, notes, mix, flowYear, in.newPlans(), profile, "12", "Current and projected number of all EHCNAs that result in an EHCP",
                "new EHC plans", "new EHC plans made (newplans.csv, new_ehc_plans; the release does not say how many assessments led to one)", false);
        return out;
    }

    private static void add(List<ReformTable> out, List<String> notes, CentralMix mix, int flowYear, double observed, double[] profile,
                            String number, String title, String unit, String counted, boolean profiled) {
        if (!(observed >= 0) || profile == null) {
            notes.add("Table " + number + " is left out: the release has no " + unit + (profile == null ? " by age" : "")
                    + " for calendar year " + flowYear + ".");
            return;
        }
        long[][] rows = new long[mix.years][];
        long[] totals = new long[mix.years];
        for (int y = 0; y < mix.years; y++) {
            // held at the observed ratio to the plans at the census that closes the calendar year
            double v = mix.central[0] > 0 ? observed * mix.central[y] / mix.central[0] : 0;
            totals[y] = Math.round(v);
            double[] parts = new double[BANDS.length];
            for (int b = 0; b < parts.length; b++) parts[b] = v * profile[b];
            rows[y] = LargestRemainder.round(parts, totals[y]);
        }
        List<ReformTable.Row> r = new ArrayList<>();
        for (AgeBand b : BANDS) r.add(new ReformTable.Row(StockTables.bandCode(b), b.label(), StockTables.column(rows, b.ordinal()), ""));
        double perPlan = mix.central[0] > 0 ? observed / mix.central[0] : Double.NaN;
        List<String> tableNotes = List.of(
                "Observed (calendar " + flowYear + "): " + counted + ".",
                profiled ? "By age: not published; shared out in the age profile of calendar " + flowYear + "'s new plans by the age the plan "
                        + "started (an assumption)." : "By age: counted, by the age the plan started as newplans.csv publishes it.",
                String.format(Locale.ROOT, "Forecast: %.3f %s per plan held at the January %d census, kept each year and applied to the central "
                        + "forecast of plans at the census that closes the year (inferred, not modelled).", perPlan, unit, flowYear + 1));
        out.add(new ReformTable(number, title, unit, r, StockTables.total(totals), tableNotes));
    }

    /** Shares of new plans by age group (age at start as published), or null when none are published. */
    private static double[] ageProfile(double[] byAge) {
        double[] share = AgeBand.fromSingleAges(byAge);
        double sum = 0;
        for (double v : byAge) if (!Double.isNaN(v)) sum += v;
        if (!(sum > 0)) return null;
        for (int b = 0; b < share.length; b++) share[b] /= sum;
        return share;
    }
}
