package org.sendplan.model.scap;

import org.sendplan.model.Area;
import org.sendplan.model.Forecast;
import org.sendplan.model.Phase;
import org.sendplan.model.Dimension;
import org.sendplan.model.Projection;
import org.sendplan.model.Provision;
import org.sendplan.model.Setting;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.money.AcademicYear;

import java.util.ArrayList;
import java.util.List;

/**
 * The specialist-place forecast of the DfE's school capacity survey (SCAP), filled from a
 * projection: the authority's children and young people with an EHC plan needing a place of
 * each {@link ScapType}, by NC year (NCY = age at 31 August − 4) and academic year, for the
 * survey's years of each {@link Stage} (academic year Y/Y+1 is the January Y+1 census, as for
 * places). The base census is the first, observed, year. Each type × stage × year carries the
 * forecast's band: the provision's calibrated p10 and p90 (the summary's, made by the track record)
 * as ratios to its central forecast, applied to the stage's total. The ratio rather than the
 * simulations' own quantiles of the stage: the simulations are mapped onto the calibrated
 * distribution of the total and of each provision, and their mean need not be the central forecast.
 *
 * @param stages type × stage × academic year, in that order
 * @param notes  what the forecast counts and, where the horizon is short, the years it lacks
 */
public record ScapForecast(String scenario, Area area, int baseYear, List<StageYear> stages, List<String> notes) {
    public ScapForecast {
        stages = List.copyOf(stages);
        notes = List.copyOf(notes);
    }

    /** Primary (reception to year 6) and secondary (year 7 on, school-based post-16 included) forecasts and how many years each has. */
    public enum Stage {
        PRIMARY("primary", 0, 6, 5),
        SECONDARY("secondary", 7, 14, 7);

        private final String code;
        private final int firstNcy, lastNcy, years;

        Stage(String code, int firstNcy, int lastNcy, int years) {
            this.code = code;
            this.firstNcy = firstNcy;
            this.lastNcy = lastNcy;
            this.years = years;
        }

        public String code() { return code; }
        public int firstNcy() { return firstNcy; }
        public int lastNcy() { return lastNcy; }
        /** Forecast academic years the survey collects after the base census. */
        public int years() { return years; }
    }

    /** Plans at one NC year (the projection's central forecast). */
    public record YearGroup(int ncy, double plans) {
    }

    /**
     * One type and stage in one academic year: its year groups in NC year order and the band of
     * their sum (on the observed year, the observed sum).
     */
    public record StageYear(ScapType type, Stage stage, AcademicYear year, boolean observed, List<YearGroup> yearGroups,
                            double p10, double p90) {
        public StageYear {
            yearGroups = List.copyOf(yearGroups);
        }

        /** The central forecast of the stage: its year groups' sum. */
        public double plans() {
            double s = 0;
            for (YearGroup g : yearGroups) s += g.plans();
            return s;
        }
    }

    /** The survey's name of an NC year: {@code R} for reception (0), {@code Y1} … {@code Y14}. */
    public static String yearGroup(int ncy) {
        return ncy == 0 ? "R" : "Y" + ncy;
    }

    public static ScapForecast of(Forecast f) {
        Projection p = f.projection();
        List<StageYear> stages = new ArrayList<>();
        List<String> notes = new ArrayList<>(List.of("Counts every child or young person with an EHC plan the authority maintains (SEN2 "
                + "counts the authority's own plans wherever the child is placed) in " + ScapType.describe()
                + "; independent and non-maintained special schools are not a SCAP type and are left out."));
        for (ScapType type : ScapType.values()) {
            for (Stage stage : Stage.values()) {
                int last = Math.min(f.baseYear() + stage.years(), p.lastYear());
                for (int census = f.baseYear(); census <= last; census++) {
                    int y = census - p.firstYear();
                    List<YearGroup> groups = new ArrayList<>();
                    for (int ncy = stage.firstNcy(); ncy <= stage.lastNcy(); ncy++) {
                        // the age whose NC year this is (Phase.ncy is age − 4)
                        groups.add(new YearGroup(ncy, plans(p, y, ncy - Phase.ncy(0), type.provision())));
                    }
                    boolean observed = census == f.baseYear();
                    double sum = 0;
                    for (YearGroup g : groups) sum += g.plans();
                    SummaryRow band = provision(f, census, type.provision());
                    // a provision with no plans at all has a stage total of 0 and a band of 0 to 0
                    double lo = band == null ? Double.NaN : band.mean() > 0 ? band.p10() / band.mean() : 1;
                    double hi = band == null ? Double.NaN : band.mean() > 0 ? band.p90() / band.mean() : 1;
                    stages.add(new StageYear(type, stage, AcademicYear.ofCensus(census), observed, groups, observed ? sum : sum * lo,
                            observed ? sum : sum * hi));
                }
                if (last < f.baseYear() + stage.years() && type == ScapType.values()[0]) {
                    notes.add("The " + stage.code() + " forecast asks for " + stage.years() + " academic years; a horizon of "
                            + f.horizon() + " gives " + (last - f.baseYear()) + ".");
                }
            }
        }
        return new ScapForecast(f.scenario(), f.area(), f.baseYear(), stages, notes);
    }

    /** Plans of a provision at one age in one projected year, summed over settings and needs. */
    private static double plans(Projection p, int yearIndex, int age, Provision provision) {
        if (age < p.minAge() || age > p.maxAge()) return 0;
        double sum = 0;
        List<Setting> settings = p.settings();
        for (int s = 0; s < settings.size(); s++) {
            if (settings.get(s).provision() != provision) continue;
            for (int n = 0; n < p.needs().size(); n++) sum += p.mean(p.index(yearIndex, age - p.minAge(), s, n));
        }
        return sum;
    }

    /** The provision's summary row in a census year (its calibrated band), or null. */
    private static SummaryRow provision(Forecast f, int census, Provision p) {
        for (SummaryRow r : f.summary(Dimension.PROVISION)) if (r.year() == census && r.group().equals(p.name())) return r;
        return null;
    }
}
