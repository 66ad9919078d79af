package org.sendplan.model.benchmark;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark figures, named once: benchmark.csv's column ({@link #header}), the label of the
 * Benchmarking sheets and the dashboard ({@link #label}), the unit and how each is read from
 * {@link BenchmarkFigures}. Every writer iterates this list, in this order (benchmark.csv's).
 */
public enum BenchmarkField {
    PLANS("plans", "EHC plans", Unit.COUNT, BenchmarkFigures::plans),
    POPULATION("population_0_25", "Population 0–25", Unit.COUNT, BenchmarkFigures::population0to25),
    PLANS_PER_1000("plans_per_1000", "Plans per 1,000 aged 0–25", Unit.RATE, BenchmarkFigures::plansPer1000),
    GROWTH_1("growth_1y", "Growth, 1 year", Unit.SHARE, BenchmarkFigures::growth1),
    GROWTH_5("growth_5y", "Growth, 5 years", Unit.SHARE, BenchmarkFigures::growth5),
    SPECIAL_SHARE("special_share", "Special school share", Unit.SHARE, BenchmarkFigures::specialShare),
    INDEPENDENT_SHARE("independent_share", "Independent special share", Unit.SHARE, BenchmarkFigures::independentShare),
    NEW_PLANS("new_plans", "New plans", Unit.COUNT, BenchmarkFigures::newPlans),
    NEW_PLANS_PER_1000("new_plans_per_1000", "New plans per 1,000 aged 0–25", Unit.RATE, BenchmarkFigures::newPlansPer1000),
    PUPILS("pupils", "Pupils (school census)", Unit.COUNT, BenchmarkFigures::pupils),
    PUPILS_YEAR("pupils_year", "School census of the pupils", Unit.YEAR, f -> f.pupilsYear() > 0 ? f.pupilsYear() : Double.NaN),
    PLANS_PER_1000_PUPILS("plans_per_1000_pupils", "Plans per 1,000 pupils", Unit.RATE, BenchmarkFigures::plansPer1000Pupils),
    NEW_PLANS_PER_1000_PUPILS("new_plans_per_1000_pupils", "New plans per 1,000 pupils", Unit.RATE, BenchmarkFigures::newPlansPer1000Pupils),
    REQUESTS("requests", "Requests for assessment", Unit.COUNT, BenchmarkFigures::requests),
    REQUESTS_GROWTH_1("requests_growth_1y", "Requests growth, 1 year", Unit.SHARE, BenchmarkFigures::requestsGrowth1),
    REQUESTS_GROWTH_5("requests_growth_5y", "Requests growth, 5 years", Unit.SHARE, BenchmarkFigures::requestsGrowth5),
    ASSESSED_SHARE("assessed_share", "Requests decided to assess", Unit.SHARE, BenchmarkFigures::assessedShare),
    REQUESTS_PER_1000("requests_per_1000", "Requests per 1,000 aged 0–25", Unit.RATE, BenchmarkFigures::requestsPer1000),
    REQUESTS_PER_1000_PUPILS("requests_per_1000_pupils", "Requests per 1,000 pupils", Unit.RATE, BenchmarkFigures::requestsPer1000Pupils);

    /** How a figure is shown: a whole count, a rate (per 1,000), a share or growth (a fraction), or a year. */
    public enum Unit { COUNT, RATE, SHARE, YEAR }

    /** The figures of the Benchmarking sheets (every field but the pupils' census year, which the sheets' notes give). */
    public static final List<BenchmarkField> SHEET = List.of(values()).stream().filter(f -> f != PUPILS_YEAR).toList();
    /** The dashboard's shorter table. */
    public static final List<BenchmarkField> DASHBOARD = List.of(PLANS, PLANS_PER_1000_PUPILS, GROWTH_1, GROWTH_5, SPECIAL_SHARE,
            INDEPENDENT_SHARE, NEW_PLANS_PER_1000_PUPILS, REQUESTS_PER_1000_PUPILS);

    private final String header, label;
    private final Unit unit;
    private final ToDoubleFunction<BenchmarkFigures> value;

    BenchmarkField(String header, String label, Unit unit, ToDoubleFunction<BenchmarkFigures> value) {
        this.header = header;
        this.label = label;
        this.unit = unit;
        this.value = value;
    }

    /** benchmark.csv's column name. */
    public String header() {
        return header;
    }

    /** The sheets' and the dashboard's column heading. */
    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    /** The figure of an area (NaN: not known). */
    public double of(BenchmarkFigures f) {
        return value.applyAsDouble(f);
    }
}
