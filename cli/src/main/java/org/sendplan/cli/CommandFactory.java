package org.sendplan.cli;

import org.sendplan.app.UnsupportedRequestException;
import org.sendplan.data.AreaIndex;
import org.sendplan.data.DataException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Builds the configured {@link CommandLine} that both {@link Main} and the tests use: exit
 * codes for each kind of failure and one-line errors (stack traces only with --debug).
 */
public final class CommandFactory {
    private CommandFactory() {
    }

    public static CommandLine create() {
        return create(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SendplanCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.originalArgs().contains("--debug");
            PrintWriter e = commandLine.getErr();
            int code;
            if (ex instanceof DataException d) {
                e.println("error: " + d.getMessage());
                code = ExitCodes.DATA;
            } else if (ex instanceof AreaIndex.UnknownAreaException u) {
                e.println("error: " + u.getMessage());
                if (!u.candidates().isEmpty()) {
                    e.println("candidates:");
                    u.candidates().forEach(a -> e.println("  " + ListLasCommand.line(a)));
                }
                code = ExitCodes.USAGE;
            } else if (ex instanceof UnsupportedRequestException u) {
                e.println("error: " + u.getMessage());
                code = ExitCodes.USAGE;
            } else if (ex instanceof OutputFolder.OutputException o) {
                e.println("error: " + o.getMessage());
                code = ExitCodes.OUTPUT;
            } else {
                e.println("error: internal error (a bug in sendplan): " + ex + (debug ? "" : " (run with --debug for the stack trace)"));
                code = ExitCodes.BUG;
            }
            if (debug) ex.printStackTrace(e);
            e.flush();
            return code;
        });
        return cl;
    }
}
