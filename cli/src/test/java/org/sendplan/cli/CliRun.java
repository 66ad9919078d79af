package org.sendplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process through the same factory as main and keeps what it printed. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = CommandFactory.create(new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
