package org.sendplan.cli;

import org.sendplan.app.UnsupportedRequestException;
import org.sendplan.data.AreaIndex;
import org.sendplan.data.DataException;
import org.sendplan.data.Numbers;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;

/**
 * Builds the configured {@link CommandLine} that both {@link Main} and the tests use: exit
 * codes for each kind of failure and one-line errors (stack traces only with --debug).
 */
public final class CommandFactory {
    private CommandFactory() {
    }

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ForecastCommand.class, GoalSeekCommand.class, BacktestCommand.class,
            ListLasCommand.class, InitCommand.class);

    /** The command line that runs {@code args}, printing to standard output and error. */
    public static CommandLine create(String... args) {
        return create(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * The command line that runs {@code args}. Picocli reads a command's options by reflection
     * when it is added (about a tenth of a second of start-up for all of them): when the first
     * argument names a subcommand, only that one is added; otherwise (help, --version, a mistyped
     * name and its suggestion) all of them are.
     */
    public static CommandLine create(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new SendplanCommand());
        String first = args.length == 0 ? "" : args[0];
        boolean named = SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(first));
        for (Class<?> c : SUBCOMMANDS) {
            if (!named || name(c).equals(first)) cl.addSubcommand(c);
        }
        // everything printed goes through Terminal (input text made printable); help without ANSI colours
        cl.setOut(Terminal.printable(out));
        cl.setErr(Terminal.printable(err));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(CommandFactory::usageError);
        // every command answers --version, not only the top one
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().versionProvider() == null) sub.getCommandSpec().versionProvider(new ManifestVersionProvider());
        }
        // option values take the input files' one strict number syntax (Double.valueOf takes 1d, 0x1p3, NaN)
        cl.registerConverter(Double.class, CommandFactory::decimal);
        cl.registerConverter(Double.TYPE, CommandFactory::decimal);
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

    private static String name(Class<?> command) {
        return command.getAnnotation(CommandLine.Command.class).name();
    }

    private static double decimal(String text) {
        try {
            return Numbers.decimal(text);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("expected a decimal number such as 0.95, found '" + Terminal.printable(text) + "'");
        }
    }

    /**
     * A usage error: its one-line reason and where the help is, not the whole help (exit 2). The
     * routes' options are one exclusive group, whose picocli message lists both groups' synopses;
     * it is said in words instead.
     */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter e = cl.getErr();
        String reason = ex instanceof CommandLine.MutuallyExclusiveArgsException && ex.getMessage().contains("--witan")
                ? "the DfE route's options (--la, --data, --base-year) and the person-level route's (--witan or --census, with --settings, "
                + "--estimation, --suppress) cannot be used together"
                : ex.getMessage().replaceFirst("^Error: ", "");
        e.println("error: " + reason);
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            e.println("did you mean '" + Terminal.printable(u.getSuggestions().get(0)) + "'?");
        }
        e.println("try '" + cl.getCommandSpec().qualifiedName() + " --help'");
        e.flush();
        return ExitCodes.USAGE;
    }
}
