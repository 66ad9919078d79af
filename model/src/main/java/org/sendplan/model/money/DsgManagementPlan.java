package org.sendplan.model.money;

import org.sendplan.model.Provision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's High Needs Block laid out in the lines of the DfE's DSG management plan template, by
 * financial year: income (allocation, import/export adjustment, block transfers, deductions for
 * places the DfE funds directly), expenditure (place funding and top-ups by provider type, other
 * spending, the named lines and a reform's support layer where it is costed), and the in-year and cumulative balance (the mean over the run's
 * draws, with their p10–p90 as its risk range). A view, not a second
 * model: every line comes from the plan's cost rows and finance, and the balance is the plan's
 * (income − expenditure = {@link BudgetRow#inYearBalance()}; the deductions are place funding the
 * authority does not pay, so they leave the balance as it is).
 */
public final class DsgManagementPlan {
    /** Where a line sits; memo lines explain a figure and are in no total. */
    public enum Section { INCOME, EXPENDITURE, BALANCE, MEMO }

    /** One line of one year. */
    public record Line(FinancialYear year, Section section, String name, double amount) {
    }

    /** Who a provision's place funding and top-ups are paid to, as the template's lines group them. */
    enum ProviderType { STATE, COLLEGES, INDEPENDENT, OTHER }

    static final Map<Provision, ProviderType> PROVIDER = new EnumMap<>(Map.of(Provision.MAINSTREAM, ProviderType.STATE,
            Provision.RESOURCED, ProviderType.STATE, Provision.SPECIAL_STATE, ProviderType.STATE, Provision.AP, ProviderType.STATE,
            Provision.FE, ProviderType.COLLEGES, Provision.SPECIAL_INDEPENDENT, ProviderType.INDEPENDENT, Provision.SPI,
            ProviderType.INDEPENDENT, Provision.EARLY_YEARS, ProviderType.INDEPENDENT, Provision.OTHER, ProviderType.OTHER));

    public static final String TOTAL_INCOME = "Total High Needs Block income";
    public static final String TOTAL_EXPENDITURE = "Total high-needs expenditure";
    public static final String IN_YEAR = "In-year balance";
    public static final String CUMULATIVE = "Cumulative DSG balance carried forward";
    static final String ALLOCATION = "High Needs Block allocation", IMPORT_EXPORT = "Import/export adjustment",
            TRANSFERS = "Block transfers into the High Needs Block", DEDUCTIONS = "Deductions for places the DfE funds directly",
            OTHER_SPEND = "Other high-needs spend", SUPPORT_LAYER = "Support layer: children a reform meets without a plan",
            EMPTY_PLACES = "Place funding for commissioned places no child fills (in the lines above)";
    /** The risk range of the cumulative balance: its p10 and p90 over the same draws as the mean path above. */
    static final String RISK_LOW = "Risk range: cumulative DSG balance, p10 of the draws",
            RISK_HIGH = "Risk range: cumulative DSG balance, p90 of the draws";
    static final String[] PLACE_LINES = {"Place funding: maintained schools and PRUs", "Place funding: academies, free schools and colleges"};
    static final String[] TOP_UP_LINES = {"Top-up funding: maintained schools and PRUs", "Top-up funding: academies, free schools and colleges",
            "Top-up and other funding: independent and non-maintained providers",
            "Other arrangements (education otherwise than at school, elsewhere)"};

    /** The lines this view computes: a named line of finance.yaml may not take one of these names (case aside). */
    public static final java.util.Set<String> BUILT_IN_LINES;

    static {
        java.util.Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(List.of(TOTAL_INCOME, TOTAL_EXPENDITURE, IN_YEAR, CUMULATIVE, ALLOCATION, IMPORT_EXPORT, TRANSFERS, DEDUCTIONS,
                OTHER_SPEND, SUPPORT_LAYER, EMPTY_PLACES, RISK_LOW, RISK_HIGH));
        names.addAll(List.of(PLACE_LINES));
        names.addAll(List.of(TOP_UP_LINES));
        BUILT_IN_LINES = java.util.Collections.unmodifiableSet(names);
    }

    /** Whether {@code academy_share} means anything for {@code p}: a provision of maintained schools and academies. */
    public static boolean academyShareApplies(Provision p) {
        return PROVIDER.get(p) == ProviderType.STATE;
    }

    /** Whether the DfE can fund {@code p}'s places directly: academies' and colleges' places. */
    public static boolean directFundingApplies(Provision p) {
        return PROVIDER.get(p) == ProviderType.STATE || PROVIDER.get(p) == ProviderType.COLLEGES;
    }

    /** One line across the financial years, in the view's order. */
    public record LineByYear(Section section, String name, double[] amounts) {
    }

    /**
     * The lines of {@link #of} with their amounts year by year, in order: for a table with the
     * years across. Lines are matched by their place in each year's list, not by name.
     */
    public static List<LineByYear> byYear(SufficiencyPlan plan) {
        List<Line> all = of(plan);
        int years = plan.budget().size();
        int perYear = years == 0 ? 0 : all.size() / years;
        List<LineByYear> out = new ArrayList<>();
        for (int i = 0; i < perYear; i++) {
            double[] amounts = new double[years];
            for (int y = 0; y < years; y++) amounts[y] = all.get(y * perYear + i).amount();
            out.add(new LineByYear(all.get(i).section(), all.get(i).name(), amounts));
        }
        return out;
    }

    private DsgManagementPlan() {
    }

    public static List<Line> of(SufficiencyPlan plan) {
        Finance f = plan.finance();
        DsgInputs d = f.dsg();
        List<Line> out = new ArrayList<>();
        // the support layer's line only in a plan that spends on one, in every year of it (byYear matches lines by place)
        boolean layered = plan.budget().stream().anyMatch(b -> b.supportLayerSpend() != 0);
        for (BudgetRow b : plan.budget()) {
            FinancialYear y = b.year();
            // [maintained, academies and colleges, independent, other] × [place funding, top-up]
            double[] place = new double[4], topUp = new double[4];
            double deducted = 0, empty = 0;
            for (CostRow c : plan.costs()) {
                if (!c.year().equals(y)) continue;
                double direct = d.directlyFundedShare().getOrDefault(c.provision(), 0.0);
                double academy = d.academyShare().getOrDefault(c.provision(), 0.0);
                double pf = c.placeFundingCost(), tu = c.topUpUnit() * c.placements();
                deducted += pf * direct;
                empty += c.placeFundingUnit() * c.emptyPlaces();
                switch (PROVIDER.get(c.provision())) {
                    case STATE -> {
                        // the places the DfE funds directly are academies' places: the authority pays
                        // place funding on the rest of the academies' places and on the maintained ones
                        place[0] += pf * (1 - Math.max(academy, direct));
                        place[1] += pf * Math.max(0, academy - direct);
                        topUp[0] += tu * (1 - academy);
                        topUp[1] += tu * academy;
                    }
                    case COLLEGES -> {
                        place[1] += pf * (1 - direct);
                        topUp[1] += tu;
                    }
                    case INDEPENDENT -> topUp[2] += pf + tu;
                    case OTHER -> topUp[3] += pf + tu;
                }
            }
            double allocation = f.hnb(y), importExport = DsgInputs.of(d.importExport(), y), transfers = DsgInputs.of(d.blockTransfers(), y);
            add(out, y, Section.INCOME, ALLOCATION, allocation);
            add(out, y, Section.INCOME, IMPORT_EXPORT, importExport);
            add(out, y, Section.INCOME, TRANSFERS, transfers);
            add(out, y, Section.INCOME, DEDUCTIONS, -deducted);
            double income = allocation + importExport + transfers - deducted;
            add(out, y, Section.INCOME, TOTAL_INCOME, income);
            String[] places = PLACE_LINES, topUps = TOP_UP_LINES;
            double spend = 0;
            for (int i = 0; i < places.length; i++) {
                add(out, y, Section.EXPENDITURE, places[i], place[i]);
                spend += place[i];
            }
            for (int i = 0; i < topUps.length; i++) {
                add(out, y, Section.EXPENDITURE, topUps[i], topUp[i]);
                spend += topUp[i];
            }
            add(out, y, Section.EXPENDITURE, OTHER_SPEND, f.other(y));
            spend += f.other(y);
            for (var line : d.lines().entrySet()) {
                double v = DsgInputs.of(line.getValue(), y);
                add(out, y, Section.EXPENDITURE, line.getKey(), v);
                spend += v;
            }
            if (layered) {
                add(out, y, Section.EXPENDITURE, SUPPORT_LAYER, b.supportLayerSpend());
                spend += b.supportLayerSpend();
            }
            add(out, y, Section.EXPENDITURE, TOTAL_EXPENDITURE, spend);
            add(out, y, Section.BALANCE, IN_YEAR, income - spend);
            add(out, y, Section.BALANCE, CUMULATIVE, b.cumulativeBalance());
            add(out, y, Section.MEMO, EMPTY_PLACES, empty);
            add(out, y, Section.MEMO, RISK_LOW, b.cumulativeP10());
            add(out, y, Section.MEMO, RISK_HIGH, b.cumulativeP90());
        }
        return out;
    }

    private static void add(List<Line> out, FinancialYear y, Section s, String name, double amount) {
        out.add(new Line(y, s, name, amount));
    }
}
