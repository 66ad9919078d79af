package org.sendplan.cli;

import picocli.CommandLine.Option;

/** The options every command takes: help, version, and the stack trace of an error. */
public final class StandardOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print version information and exit.")
    boolean version;

    /** Read by {@link CommandFactory}'s exception handler from the arguments (it runs before any command field is trusted). */
    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;
}
