package org.sendplan.reports;

import org.sendplan.model.Area;
import org.sendplan.model.Assumption;
import org.sendplan.model.DataWarning;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Need;
import org.sendplan.model.Phase;
import org.sendplan.model.Projection;
import org.sendplan.model.Setting;
import org.sendplan.model.SummaryRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made forecast: January 2024 (observed) to 2026, ages 10-12 (NCY 6-8: primary and
 * secondary), settings MAINSTREAM_SCHOOL and SPECIAL_LA_MAINTAINED, needs ASD and SEMH.
 * <p>
 * mean(y, a, s, n) = 10 (y + 1) + 3 a + 2 s + 0.5 n + 0.125, except the cell (age 10,
 * SPECIAL_LA_MAINTAINED, SEMH) which is 0 in every year. p50 = mean; p10 = 0.8 mean and
 * p90 = 1.25 mean in projected years, = mean in the base year. So the totals are 159.875,
 * 269.875 and 379.875; MAINSTREAM 80.25 and SPECIAL_STATE 79.625 in 2024.
 */
final class Fixtures {
    static final int BASE = 2024;
    static final int YEARS = 3;
    static final int MIN_AGE = 10;
    static final int AGES = 3;
    static final List<Setting> SETTINGS = List.of(DfeSetting.MAINSTREAM_SCHOOL.setting(),
            DfeSetting.SPECIAL_LA_MAINTAINED.setting());
    static final List<String> NEEDS = List.of(Need.ASD.name(), Need.SEMH.name());
    static final Area AREA = new Area("202", "E09000007", "Camden", Area.Level.LOCAL_AUTHORITY, "London");

    private Fixtures() {
    }

    static double mean(int y, int a, int s, int n) {
        if (a == 0 && s == 1 && n == 1) return 0;
        return 10.0 * (y + 1) + 3 * a + 2 * s + 0.5 * n + 0.125;
    }

    static Forecast forecast() {
        return forecast("baseline", 1.0);
    }

    /** The fixture with every value multiplied by {@code scale}. */
    static Forecast forecast(String scenario, double scale) {
        return forecast(scenario, scale, YEARS);
    }

    /** The fixture over {@code years} January censuses (the formulas go on). */
    static Forecast forecast(String scenario, double scale, int years) {
        int cells = years * AGES * SETTINGS.size() * NEEDS.size();
        double[] mean = new double[cells], p10 = new double[cells], p50 = new double[cells], p90 = new double[cells];
        Projection shape = new Projection(BASE, years, MIN_AGE, AGES, SETTINGS, NEEDS, mean, p10, p50, p90);
        for (int y = 0; y < years; y++)
            for (int a = 0; a < AGES; a++)
                for (int s = 0; s < SETTINGS.size(); s++)
                    for (int n = 0; n < NEEDS.size(); n++) {
                        int i = shape.index(y, a, s, n);
                        double m = mean(y, a, s, n) * scale;
                        mean[i] = m;
                        p50[i] = m;
                        p10[i] = y == 0 ? m : 0.8 * m;
                        p90[i] = y == 0 ? m : 1.25 * m;
                    }
        List<SummaryRow> summary = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            int year = BASE + y;
            for (Dimension d : Dimension.values()) {
                Map<String, Double> sums = new LinkedHashMap<>();
                for (int a = 0; a < AGES; a++)
                    for (int s = 0; s < SETTINGS.size(); s++)
                        for (int n = 0; n < NEEDS.size(); n++) {
                            String group = switch (d) {
                                case TOTAL -> SummaryRow.ALL;
                                case PROVISION -> SETTINGS.get(s).provision().name();
                                case SETTING -> SETTINGS.get(s).code();
                                case NEED -> NEEDS.get(n);
                                case PHASE -> Phase.ofAge(MIN_AGE + a).code();
                            };
                            sums.merge(group, mean[shape.index(y, a, s, n)], Double::sum);
                        }
                for (Map.Entry<String, Double> e : sums.entrySet()) {
                    double m = e.getValue();
                    boolean base = y == 0;
                    summary.add(new SummaryRow(year, d, e.getKey(), m, base ? m : 0.7 * m, base ? m : 0.85 * m, m,
                            base ? m : 1.15 * m, base ? m : 1.3 * m));
                }
            }
        }
        List<Assumption> assumptions = List.of(
                new Assumption("continuation", "continuation age 15 -> 16", 0.9125, "SEN2 2019-2024, pooled"),
                new Assumption("joiners", "joiner rate age 10", 0.00123, "SEN2 new plans / ONS population"),
                new Assumption("cost", "unit cost INMSS", 61234.5, "LA finance 2024-25"));
        List<DataWarning> warnings = List.of(
                new DataWarning("caseload total", 2024, "total differs from the sum of settings by 3", true),
                new DataWarning("population", 0, "ONS projection used for ages 19-25", false));
        List<String> method = List.of("Cohort projection with rates averaged over 5 years.",
                "Small cells pooled across needs.");
        return new Forecast(scenario, AREA, BASE, years - 1, shape, summary, assumptions, warnings, method);
    }

}
