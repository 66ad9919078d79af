package org.sendplan.app;

/** The defaults of a run, in one place: the command line shows them and the routes use them. */
public final class RunDefaults {
    /** Stockton-on-Tees: the authority whose population projection and pupil numbers are bundled. */
    public static final String LA = "808";
    public static final int HORIZON = 10;
    public static final int MAX_HORIZON = 30;
    public static final long SEED = 42;
    public static final int SIMULATIONS = 1000;
    public static final int MIN_SIMULATIONS = 100;
    public static final int MAX_SIMULATIONS = 100_000;
    public static final double OCCUPANCY = 1.0;
    /** A target occupancy below half is no plan (and a tiny one divides demand into nonsense). */
    public static final double MIN_OCCUPANCY = 0.5;
    /** Suppression of small counts: publishers suppress below 10; 100 would hide nearly every cell. */
    public static final int MAX_SUPPRESS = 100;
    public static final String OUT = "output";
    /**
     * The short backtest a forecast includes (years ahead, simulations per base year): fewer
     * simulations than the forecast's, so that it runs beside the projection and the workbook's
     * start-up within the forecast's time.
     */
    public static final int BACKTEST_HORIZONS = 5;

    private RunDefaults() {
    }
}
