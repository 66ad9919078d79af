package org.sendplan.model.reform;

import org.sendplan.model.AgeBand;
import org.sendplan.model.Need;

import java.util.ArrayList;
import java.util.List;

/**
 * The reform plan's tables of plans held: 5.1 by age group, 6 by provision, 7 by primary need and
 * 7.1–7.7 by primary need within each provision group, every figure read from one
 * {@link CentralMix}. Each table's rows are rounded to its rounded total by
 * {@link LargestRemainder}; a 7.x table's total is the sum of its group's rounded table 6 rows,
 * so that the need tables agree with table 6.
 */
final class StockTables {
    static final String UNIT = "EHC plans";
    private static final TemplateNeed[] NEEDS = TemplateNeed.values();
    private static final TemplateProvision[] PROVISIONS = TemplateProvision.values();

    private StockTables() {
    }

    static List<ReformTable> of(CentralMix mix, AgeRule rule) {
        List<ReformTable> out = new ArrayList<>();
        out.add(byAge(mix, rule));
        long[][] provisions = provisionRows(mix);
        out.add(byProvision(mix, provisions));
        out.add(byNeed(mix, null, mix.rounded, "7", "Current and projected number of all CYP with EHC plans by primary need"));
        for (TemplateProvision.Group g : TemplateProvision.Group.values()) {
            long[] total = new long[mix.years];
            for (TemplateProvision p : PROVISIONS) if (p.group() == g) for (int y = 0; y < mix.years; y++) total[y] += provisions[y][p.ordinal()];
            out.add(byNeed(mix, g, total, g.number(), "Current and projected number of all CYP with EHC plans in " + g.label() + " by primary need"));
        }
        return out;
    }

    private static ReformTable byAge(CentralMix mix, AgeRule rule) {
        AgeBand[] bands = AgeBand.values();
        long[][] rows = new long[mix.years][];
        for (int y = 0; y < mix.years; y++) {
            double[] parts = new double[bands.length];
            for (int a = 0; a < mix.byAge[y].length; a++) parts[rule.band(mix.minAge + a).ordinal()] += mix.byAge[y][a];
            rows[y] = LargestRemainder.round(parts, mix.rounded[y]);
        }
        List<ReformTable.Row> out = new ArrayList<>();
        for (AgeBand b : bands) out.add(new ReformTable.Row(bandCode(b), b.label(), column(rows, b.ordinal()), ""));
        return new ReformTable("5.1", "Current and projected number of all CYP with EHC plans by age group", UNIT, out, total(mix.rounded),
                List.of("Age groups by " + rule.words() + "; the other rule (--age-rule " + (rule == AgeRule.AUGUST ? "turned" : "august")
                        + ") moves a child one group up or down at each boundary.", "Ages 0–2 are counted together as SEN2 publishes them "
                        + "(\"under 3\"), in Under 5."));
    }

    /** [year][template provision] whole plans: the rows of table 6 (0 for support bases, and the second NMSS row in the first). */
    private static long[][] provisionRows(CentralMix mix) {
        long[][] rows = new long[mix.years][PROVISIONS.length];
        for (int y = 0; y < mix.years; y++) {
            double[] parts = new double[PROVISIONS.length];
            for (TemplateProvision p : PROVISIONS) for (double v : mix.byProvisionNeed[y][p.ordinal()]) parts[p.ordinal()] += v;
            rows[y] = LargestRemainder.round(parts, mix.rounded[y]);
        }
        return rows;
    }

    private static ReformTable byProvision(CentralMix mix, long[][] rows) {
        List<ReformTable.Row> out = new ArrayList<>();
        for (TemplateProvision p : PROVISIONS) {
            double[] v = column(rows, p.ordinal());
            if (!p.toldApart()) java.util.Arrays.fill(v, Double.NaN);
            out.add(new ReformTable.Row(p.code(), p.label(), v, p.note()));
        }
        return new ReformTable("6", "Current and projected number of all CYP with EHC plans by provision", UNIT, out, total(mix.rounded),
                List.of("Provisions mapped from the DfE release's settings as the public reading of the template (MastodonC's witan.send.lsrp) "
                                + "maps SEN2 settings: resourced provision and SEN units are specialist bases to NCY 12 and mainstream post-16 "
                                + "specialist provision after it; school sixth forms stay mainstream schools; general FE is mainstream post-16.",
                        "Not told apart in the release: the two NMSS or independent rows (one figure, on the first; the second is empty), "
                                + "arrangements by the LA (EOTAS) from parents' arrangements and online providers (all on the EOTAS row), and "
                                + "hospital schools from other placements. Support bases are 0: SEN2 records the school, not a school's own base."));
    }

    /** Table 7 ({@code group} null: every plan) or 7.x, its rows rounded to {@code total}. */
    private static ReformTable byNeed(CentralMix mix, TemplateProvision.Group group, long[] total, String number, String title) {
        long[][] rows = new long[mix.years][];
        for (int y = 0; y < mix.years; y++) {
            double[] parts = new double[NEEDS.length];
            for (TemplateProvision p : PROVISIONS) {
                if (group != null && p.group() != group) continue;
                for (Need n : Need.values()) parts[TemplateNeed.of(n).ordinal()] += mix.byProvisionNeed[y][p.ordinal()][n.ordinal()];
            }
            rows[y] = LargestRemainder.round(parts, total[y]);
        }
        List<ReformTable.Row> out = new ArrayList<>();
        for (TemplateNeed n : NEEDS) {
            out.add(new ReformTable.Row(n.code(), n.label(), column(rows, n.ordinal()), switch (n) {
                case OTH -> "with needs not recorded";
                case NSA -> "0: a school-census category, never an EHC plan's";
                default -> "";
            }));
        }
        List<String> notes = new ArrayList<>(List.of("Needs in the template's order. The template has no row for Down syndrome (recorded in "
                + "SEN2 from 2025; not in the bundled 2025 release) or for a need not recorded: both belong under Other Difficulty/Disability."));
        if (group != null) {
            notes.add("Need within a provision: the projection's need by setting, whose base census is fitted (raked) to the published needs by "
                    + "type of placement and by age, not counted directly. The total is table 6's rows of this group.");
        }
        return new ReformTable(number, title, UNIT, out, total(total), notes);
    }

    static ReformTable.Row total(long[] byYear) {
        double[] v = new double[byYear.length];
        for (int y = 0; y < v.length; y++) v[y] = byYear[y];
        return new ReformTable.Row("total", "Total", v, "");
    }

    static double[] column(long[][] rows, int k) {
        double[] v = new double[rows.length];
        for (int y = 0; y < rows.length; y++) v[y] = rows[y][k];
        return v;
    }

    /** A band's code in the template's row names ({@code under_5}, {@code age_5_10}, …). */
    static String bandCode(AgeBand b) {
        return b.name().toLowerCase(java.util.Locale.ROOT);
    }
}
