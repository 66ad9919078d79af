package org.sendplan.cli;

import org.sendplan.data.AreaIndex;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.model.Area;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Prints every area a forecast can be made for. */
@Command(name = "list-las", 
        description = "List every local authority, region and England, with their codes.")
public final class ListLasCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder holding a DfE SEN2 release (default: the bundled 2025 release).")
    Path data;

    @Mixin
    StandardOptions standard;

    @Override
    public Integer call() {
        AreaIndex index = new AreaIndex(data == null ? DfeReleaseReader.bundled() : DfeReleaseReader.folder(data));
        var out = spec.commandLine().getOut();
        out.println("old_code\tnew_code\tlevel\tname\tregion\tlast_census");
        for (Area a : index.all()) {
            int last = a.level() == Area.Level.LOCAL_AUTHORITY ? index.latestCensus(a) : 0;
            // fields escaped one by one, so that a tab within a name cannot forge a column
            out.println(String.join("\t", Terminal.printable(a.code()), Terminal.printable(a.newCode()),
                    a.level().name().toLowerCase(java.util.Locale.ROOT), Terminal.printable(a.name()), Terminal.printable(a.region()),
                    last == 0 ? "" : Integer.toString(last)));
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String line(Area a) {
        return a.code() + "  " + a.newCode() + "  " + a.name() + (a.level() == Area.Level.LOCAL_AUTHORITY ? "  (" + a.region() + ")"
                : "  (" + a.level().name().toLowerCase(java.util.Locale.ROOT) + ")");
    }
}
