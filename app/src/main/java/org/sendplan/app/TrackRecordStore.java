package org.sendplan.app;

import org.sendplan.data.BuildIdentity;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.data.KeptWork;
import org.sendplan.model.evaluation.Case;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.evaluation.TrackRecord;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The track record of a release, judged once and kept ({@link KeptWork}): it is a function of the
 * data and the code alone, and judging it (every authority's past forecasts made again and every
 * choice scored) is most of a forecast's work. Keyed by the code of the model, the readers and
 * this layer, and by the data's fingerprint; read back admitting the record's own classes only.
 */
final class TrackRecordStore {
    private static final String KIND = "track-record", ADMITS = "org.sendplan.model.evaluation.*;org.sendplan.model.Dimension";

    private TrackRecordStore() {
    }

    /** The kept record of the data with this fingerprint, or {@code judge}'s, kept for the next run (null fingerprint: {@code judge}'s alone). */
    static TrackRecord load(String fingerprint, Supplier<TrackRecord> judge) {
        return KeptWork.load(KIND, identity(fingerprint), ADMITS, TrackRecord.class, judge);
    }

    /** As {@link #load(String, Supplier)}, kept in {@code folder}. */
    static TrackRecord load(Path folder, String fingerprint, Supplier<TrackRecord> judge) {
        return KeptWork.load(folder, KIND, identity(fingerprint), ADMITS, TrackRecord.class, judge);
    }

    /** An authority's past forecasts and what each base year had to work with, as its backtest makes them. */
    record PastForecasts(List<Case> cases, List<RollingBacktest.BaseYear> bases) implements java.io.Serializable {
        PastForecasts {
            cases = List.copyOf(cases);
            bases = List.copyOf(bases);
        }
    }

    /**
     * An authority's past forecasts, made once per data release and kept beside the record (an area's
     * backtest makes them again from every base year: most of a forecast's work after the record).
     * An old LA code that is not plain letters and digits is not kept (it names the file).
     */
    static PastForecasts pastForecasts(String fingerprint, String laCode, Supplier<PastForecasts> make) {
        if (!laCode.matches("[A-Za-z0-9]{1,12}")) return make.get();
        return KeptWork.load("past-forecasts-" + laCode, identity(fingerprint), ADMITS + ";org.sendplan.app.TrackRecordStore$PastForecasts",
                PastForecasts.class, make);
    }

    private static String identity(String fingerprint) {
        return fingerprint == null ? null : BuildIdentity.of(TrackRecord.class, DfeReleaseReader.class, TrackRecordStore.class) + " " + fingerprint;
    }
}
