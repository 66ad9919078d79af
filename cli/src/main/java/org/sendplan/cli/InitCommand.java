package org.sendplan.cli;

import org.sendplan.data.DfeReleaseReader;
import org.sendplan.app.CheckedRelease;
import org.sendplan.app.DfeRoute;
import org.sendplan.app.PlacesAndMoney;
import org.sendplan.app.PupilRoute;
import org.sendplan.app.RunDefaults;
import org.sendplan.model.Forecast;
import org.sendplan.model.Area;
import org.sendplan.model.Provision;
import org.sendplan.model.money.CapacityEntry;
import org.sendplan.model.money.Capacity;
import org.sendplan.model.money.Finance;
import org.sendplan.model.money.SufficiencyPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Writes capacity.csv and finance.yaml templates, filled with an authority's illustrative figures. */
@Command(name = "init", 
        description = "Write capacity.csv and finance.yaml templates into DIR, filled with the ILLUSTRATIVE figures "
                + "a forecast uses when none are given (capacity = base-year placements; CCN unit costs; HNB = 95%% of the first year's cost).")
public final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder to write the templates into (created if missing).")
    Path dir;

    @Option(names = "--la", paramLabel = "VALUE", defaultValue = RunDefaults.LA, description = "Authority whose figures fill the templates (default: ${DEFAULT-VALUE}).")
    String la;

    @Option(names = "--force", description = "Overwrite existing files.")
    boolean force;

    @Mixin
    StandardOptions standard;

    @Override
    public Integer call() {
        Path cap = dir.resolve("capacity.csv"), fin = dir.resolve("finance.yaml");
        for (Path p : List.of(cap, fin)) {
            if (Files.exists(p) && !force) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), p + " exists; use --force to overwrite it");
            }
        }
        CheckedRelease route = new CheckedRelease(DfeReleaseReader.bundled());
        Area area = route.areas().resolve(la);
        // the same run as a default forecast, so that the templates reproduce it
        DfeRoute.Request request = new DfeRoute.Request(area, null, RunDefaults.HORIZON, RouteOptions.population(null, area),
                new PupilRoute.Files(null, null, null), PupilRoute.Denominator.POPULATION, RunDefaults.SIMULATIONS, RunDefaults.SEED, false, true);
        Forecast baseline = new DfeRoute(route, request, RouteOptions.ownBacktests(route)).project(List.of(), false).forecasts().get(0);
        SufficiencyPlan plan = new PlacesAndMoney(null, null, RunDefaults.OCCUPANCY).baseline(baseline, true).outcome().plan();
        Capacity c = plan.capacity();
        // illustrative_places repeats each figure: a row is a placeholder until its places are edited
        // la_code on every row: a forecast for another authority refuses the file
        StringBuilder csv = new StringBuilder("provision,academic_year,places,phase,name,illustrative_places,la_code\n");
        for (CapacityEntry e : c.entries()) {
            csv.append(e.provision().name()).append(',').append(e.from()).append(',').append((long) e.places()).append(",,,")
                    .append((long) e.places()).append(',').append(area.code()).append('\n');
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(cap, csv);
            Files.writeString(fin, financeYaml(area, plan.finance()));
        } catch (IOException e) {
            throw OutputFolder.failure(dir, e);
        }
        spec.commandLine().getOut().printf("wrote %s and %s (ILLUSTRATIVE figures for %s: replace them with your own)%n", cap, fin, area.name());
        return ExitCodes.OK;
    }

    static String financeYaml(Area area, Finance f) {
        StringBuilder y = new StringBuilder();
        y.append("# finance.yaml for ").append(area.name()).append(": ILLUSTRATIVE figures, replace them with your own.\n");
        y.append("# Keys are documented in docs/data-formats.md (\"finance.yaml\").\n");
        y.append("la_code: '").append(area.code()).append("'               # the authority these figures are for: a forecast for another refuses this file\n");
        y.append("illustrative: true            # every figure here is a placeholder: delete this line once they are your own\n");
        y.append("price_year: ").append(f.priceYear()).append("          # financial year the unit costs are priced in\n");
        y.append("inflation: ").append(f.inflation()).append("              # per year, applied to unit costs after price_year\n");
        y.append("unit_costs:                   # average annual cost per placement, by provision\n");
        for (Provision p : Provision.values()) {
            var u = f.unitCosts().get(p);
            if (u != null) y.append("  ").append(p.name()).append(": ").append((long) u.total()).append('\n');
        }
        y.append("  # a unit cost may instead be split: SPECIAL_STATE: {place_funding: 10000, top_up: 15000}\n");
        y.append("hnb_allocation:               # High Needs Block by financial year; later years grow by hnb_growth\n");
        f.hnbAllocation().forEach((year, v) -> y.append("  ").append(new org.sendplan.model.money.FinancialYear(year)).append(": ")
                .append(String.format(Locale.ROOT, "%.0f", v)).append("   # 95% of the first year's projected cost\n"));
        y.append("hnb_growth: ").append(f.hnbGrowth()).append('\n');
        y.append("opening_balance: ").append(String.format(Locale.ROOT, "%.0f", f.openingBalance()))
                .append("            # cumulative DSG balance at the start of the first year (negative: deficit)\n");
        y.append("other_high_needs_spend: {}    # optional fixed lines by financial year, e.g. {2025-26: 4000000}\n");
        y.append("# dsg:                        # optional: the DfE DSG management plan's other lines (£ by financial year; the last carries on)\n");
        y.append("#   import_export: {2025-26: -250000}\n");
        y.append("#   block_transfers: {2025-26: 1000000}         # into the High Needs Block from other blocks (+ in, - out)\n");
        y.append("#   directly_funded_share: {SPECIAL_STATE: 0.6} # places the DfE funds directly (deducted; needs a split unit cost)\n");
        y.append("#   academy_share: {SPECIAL_STATE: 0.7, MAINSTREAM: 0.5}   # share of places in academies (direct ones included)\n");
        y.append("#   lines:\n");
        y.append("#     SEN support services: {2025-26: 1500000}\n");
        y.append("#     Hospital education: {2025-26: 300000}\n");
        y.append("# transport:                  # optional: home-to-school transport, the general fund's (never in the DSG balance)\n");
        y.append("#   SPECIAL_STATE: {share: 0.8, cost_per_child: 7000}\n");
        y.append("# support_layer_cost: 4000    # optional: a year's cost of a child a reform scenario meets without a plan (default: not costed)\n");
        y.append("overflow:                     # where the excess of a full provision goes\n");
        f.overflow().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> y.append("  ").append(e.getKey().name()).append(": ").append(e.getValue().name()).append('\n'));
        return y.toString();
    }
}
