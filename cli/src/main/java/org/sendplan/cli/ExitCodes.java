package org.sendplan.cli;

/** What sendplan's exit codes mean (shown in --help). */
public final class ExitCodes {
    public static final int OK = 0;
    /** A bug: a short message, and the stack trace with --debug. */
    public static final int BUG = 1;
    /** Bad arguments: unknown option, unknown or ambiguous area, unsupported base year. */
    public static final int USAGE = 2;
    /** Input that cannot be used: error: FILE:LINE: FIELD: expected …, found … */
    public static final int DATA = 3;
    /** The reports could not be written. */
    public static final int OUTPUT = 4;
    /** A batch run (forecast --la all) in which some authorities failed: each named on stderr, the others written. */
    public static final int PARTIAL = 5;

    private ExitCodes() {
    }
}
