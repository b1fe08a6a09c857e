package org.scrub837.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The {@code --config DIR} option of the commands that read the configuration folder as it is
 * (a picocli mixin: declared once, the same name, default and help everywhere). {@code run},
 * {@code status}, {@code replay}, {@code explain} and the top-level command declare their own: they
 * say more in their help or resolve the folder themselves.
 */
final class ConfigFolderOption {

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "config",
            description = "Configuration folder (default: ${DEFAULT-VALUE}).")
    Path folder = Path.of("config");
}
