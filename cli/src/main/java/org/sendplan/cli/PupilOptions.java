package org.sendplan.cli;

import org.sendplan.app.PupilRoute;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The pupil census options of {@code forecast}, as a mixin. */
public final class PupilOptions {
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

    PupilRoute.Files files() {
        return new PupilRoute.Files(pupils, senCensus, schoolCensus);
    }
}
