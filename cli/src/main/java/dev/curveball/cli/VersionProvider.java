package dev.curveball.cli;

import picocli.CommandLine;

/** {@code curveball --version}: the version the jar was built as. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"curveball " + (v == null ? "dev" : v) + " (Java " + System.getProperty("java.version") + ")"};
    }
}
