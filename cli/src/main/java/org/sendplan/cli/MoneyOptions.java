package org.sendplan.cli;

import org.sendplan.app.PlacesAndMoney;
import org.sendplan.data.AreaIndex;
import org.sendplan.model.Area;
import org.sendplan.app.RunDefaults;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** The places and money a run is planned against (forecast, goal-seek; both routes). */
public final class MoneyOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--capacity", paramLabel = "FILE",
            description = "Commissioned places: provision,academic_year,places[,phase][,name]. Default: ILLUSTRATIVE capacity equal to the base-year placements.")
    Path capacity;

    @Option(names = "--finance", paramLabel = "FILE",
            description = "finance.yaml: unit costs, inflation, High Needs Block, opening balance, overflow. Default: ILLUSTRATIVE finance "
                    + "(on the person-level route only with --settings and without the peer's costs.csv).")
    Path finance;

    @Option(names = "--occupancy", paramLabel = "SHARE", defaultValue = "" + RunDefaults.OCCUPANCY,
            description = "Target occupancy: places needed = demand / occupancy (default: ${DEFAULT-VALUE}).")
    double occupancy;

    @Option(names = "--any-authority",
            description = "Use a capacity or finance file made for another authority (init writes la_code into both); by default such a file is refused.")
    boolean anyAuthority;

    /** Refuses files made for another authority than {@code area}, unless --any-authority. */
    void refuseOtherAuthority(Area area, AreaIndex areas) {
        if (!anyAuthority) PlacesAndMoney.refuseOtherAuthority(capacity, finance, area, areas);
    }

    PlacesAndMoney placesAndMoney() {
        if (!(occupancy >= RunDefaults.MIN_OCCUPANCY && occupancy <= 1)) {
            throw new ParameterException(spec.commandLine(), "--occupancy: expected a share from " + RunDefaults.MIN_OCCUPANCY + " to 1, found " + occupancy);
        }
        return PlacesAndMoney.read(capacity, finance, occupancy);
    }
}
