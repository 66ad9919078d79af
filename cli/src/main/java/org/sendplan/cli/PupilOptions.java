package org.sendplan.cli;

import org.sendplan.data.DfeRelease;
import org.sendplan.app.PupilRoute;
import org.sendplan.model.Area;
import org.sendplan.model.Population;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** The pupil census options of {@code forecast} (issue 7), as a mixin. */
public final class PupilOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--pupils", paramLabel = "FILE",
            description = "Pupils by authority × NC year × year: DfE pupil_numbers_by_ncyear layout or the table-tool export "
                    + "pupilNumbersByYearGroupLA.csv. Default: the bundled extract where it covers the area (Stockton-on-Tees).")
    Path pupils;

    @Option(names = "--sen-census", paramLabel = "FILE",
            description = "DfE 'Special educational needs in England' sen_ncyear_.csv: SEN support and EHC plans by NC year.")
    Path senCensus;

    @Option(names = "--school-census", paramLabel = "FILE",
            description = "The authority's pupil-level extract census_year,pupil_id,ncy,sen_provision,primary_need,school_urn,school_type "
                    + "(aggregated as read; pupil ids never kept).")
    Path schoolCensus;

    @Option(names = "--new-plans-per", paramLabel = "DENOMINATOR", defaultValue = "population",
            description = "Denominator of new plans per head at school ages: population (the population projection where given, "
                    + "else none) or pupils (pupils by NC year). Default: ${DEFAULT-VALUE}.")
    PupilRoute.Denominator newPlansPer;

    /** Reads the pupil inputs and prepares the pupil side of the run (exit 2 when a choice cannot be served). */
    PupilRoute.Prepared prepare(DfeRelease release, Area area, int base, int horizon, Population population) {
        try {
            return PupilRoute.prepare(release, area, new PupilRoute.Files(pupils, senCensus, schoolCensus), base, horizon, population, newPlansPer);
        } catch (PupilRoute.UnsupportedException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
