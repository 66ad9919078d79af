package org.sendplan.app;

import org.sendplan.data.BuildIdentity;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.data.KeptWork;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.evaluation.TrackRecord;

import java.nio.file.Path;
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

    /**
     * An authority's backtest ({@code maxHorizon} years ahead at most), made once per data release and
     * kept beside the record: it is a function of the data and the record alone, and making it (the
     * area's past forecasts made again from every base year and judged) was most of a forecast's work
     * after the record. An old LA code that is not plain letters and digits is not kept (it names the file).
     */
    static RollingBacktest.Result backtest(String fingerprint, String laCode, int maxHorizon, Supplier<RollingBacktest.Result> make) {
        if (!laCode.matches("[A-Za-z0-9]{1,12}")) return make.get();
        String identity = identity(fingerprint);
        // data that are not identified are not kept (a null identity keeps nothing)
        return KeptWork.load("backtest-" + laCode, identity == null ? null : identity + " " + maxHorizon + " years", ADMITS + ";org.sendplan.model.Area;"
                + "org.sendplan.model.Area$Level;org.sendplan.model.DataWarning", RollingBacktest.Result.class, make);
    }

    private static String identity(String fingerprint) {
        return fingerprint == null ? null : BuildIdentity.of(TrackRecord.class, DfeReleaseReader.class, TrackRecordStore.class) + " " + fingerprint;
    }
}
