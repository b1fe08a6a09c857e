package org.scrub837.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.scrub837.rules.RuleSet;

import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * {@code --version}: the build's version (from the pom, filtered into {@code version.properties})
 * and the version of the rule set in the configuration folder ({@code --config DIR}, else
 * {@code ./config}), since a report is the product of both. Every command answers --version.
 */
final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "version.properties";
    static final Path CONFIG = Path.of("config");

    /** The command --version was given to (picocli injects it): its --config, when it has one. */
    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() {
        return new String[] {"scrub837 " + buildVersion(), ruleSet(config())};
    }

    /** The --config DIR given with --version (every command takes one), else ./config. */
    private Path config() {
        OptionSpec option = spec == null ? null : spec.findOption("--config");
        Object value = option == null ? null : option.getValue();
        return value instanceof Path p ? p : CONFIG;
    }

    /** The pom's version, or "unknown" when the resource was not filtered (a build outside Maven). */
    static String buildVersion() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.contains("${")) {
                    return v.trim();
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }

    /** The rule-set line: its version, or why it cannot be told. */
    static String ruleSet(Path config) {
        Path rules = config.resolve("rules.yaml");
        if (!Files.isRegularFile(rules)) {
            return "rule set: none found at " + rules + " (commands take --config DIR)";
        }
        try {
            return "rule set " + RuleSet.load(config).version() + " (" + rules + ")";
        } catch (IOException | RuntimeException e) {
            return "rule set: " + rules + " does not load: " + e.getMessage();
        }
    }
}
