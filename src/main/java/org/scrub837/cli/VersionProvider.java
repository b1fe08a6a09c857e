package org.scrub837.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Scrub837.class.getPackage().getImplementationVersion();
        return new String[] {"scrub837 " + (v == null ? "development" : v)};
    }
}
