package org.sendplan.cli;

import picocli.CommandLine;

/** The version from the jar manifest, not a literal. */
public final class ManifestVersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ManifestVersionProvider.class.getPackage().getImplementationVersion();
        return new String[]{"sendplan " + (v == null ? "(development build)" : v)};
    }
}
