package org.sendplan.cli;

import picocli.CommandLine.Command;

/** The top-level command: sendplan SUBCOMMAND (its subcommands are added by {@link CommandFactory}). */
@Command(name = "sendplan", mixinStandardHelpOptions = true, versionProvider = ManifestVersionProvider.class,
        description = "Plans places and money for children and young people with SEND: projects EHC plans by age, "
                + "need and setting from DfE SEN2 data and writes the sufficiency-plan workbook, charts, CSV and JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:a bug in sendplan (run with --debug for the stack trace)",
                "2:bad arguments: unknown option, unknown or ambiguous area, unsupported base year",
                "3:input that cannot be used: error: FILE:LINE: FIELD: expected …, found …",
                "4:the reports could not be written",
                "5:some authorities of a batch (forecast --la all) failed: each is named on stderr; the others' reports are written"})
public final class SendplanCommand {
}
