package org.scrub837.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scrub837.settings.SettingsCatalogue;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The text of {@code run --help} after the options: the folder keys, how to override them, how to
 * stop the service and its exit statuses. Each constant is one section (picocli footer text, %n for
 * a line break; table rows stay under the 80 columns picocli wraps at).
 */
final class RunHelp {

    /** Before the generated list of settings. */
    static final String SETTINGS = "%nSettings (config/application.properties and config/limits.properties; key = default,"
            + " unit: meaning). Generated from the settings catalogue:";

    static final String UPLOADS = "%nUpload into the inbox under a name starting with '.' or ending in .part or .tmp,"
            + " then rename.";

    static final String OVERRIDES = "%nOverrides: every key from the environment, upper case with dots as"
            + " underscores, or as a JVM system property, which wins over both:%n"
            + "  SCRUB_INBOX=/data/in SCRUB_CONSUMERS=4 java -jar scrub837.jar run%n"
            + "  java -Dscrub.inbox=/data/in -Dscrub.consumers=4 -jar scrub837.jar run%n"
            + "An unknown SCRUB_* variable or scrub.* key is a warning naming the closest known key. Relative"
            + " paths (folders, key stores, SSH keys) resolve against the --config folder, never the working"
            + " directory.";

    static final String STOPPING = "%nStopping: Ctrl-C or SIGTERM (kill PID, systemctl stop) stops taking new files"
            + " and lets the files in progress finish for up to camel.main.shutdownTimeout seconds (30), then"
            + " exits 0. A file left"
            + " unfinished, even by SIGKILL or a power cut, stays in the inbox with no output in place and is"
            + " scrubbed again from the start at the next run.";

    static final String EXIT_STATUS = "%nExit status: 0 stopped as asked (SIGTERM, Ctrl-C); 64 the configuration is"
            + " missing or wrong (no application.properties in the --config folder, a setting that is not valid, a"
            + " folder it cannot create or write, a secret the settings name that is not in the environment); 2 the"
            + " service could not start for another reason.";

    static final String EXAMPLES = "%nExamples:%n"
            + "  java -jar scrub837.jar run           ./config, folders under ./work%n"
            + "  java -jar scrub837.jar               the same: no command means run%n"
            + "  java -jar scrub837.jar run --config /etc/scrub837";

    private RunHelp() {
    }

    /** Puts the settings of the catalogue, one line each, after the first section of run's footer. */
    static void addSettings(CommandSpec run) {
        List<String> footer = new ArrayList<>();
        footer.add(SETTINGS);
        for (String line : SettingsCatalogue.helpLines()) {
            footer.add(line.replace("%", "%%"));
        }
        footer.addAll(Arrays.asList(run.usageMessage().footer()));
        run.usageMessage().footer(footer.toArray(String[]::new));
    }
}
