package org.scrub837.cli;

/**
 * The text of {@code run --help} after the options: the folder keys, how to override them, how to
 * stop the service and its exit statuses. Each constant is one section (picocli footer text, %n for
 * a line break; table rows stay under the 80 columns picocli wraps at).
 */
final class RunHelp {

    static final String FOLDERS = "%nFolders (keys of config/application.properties, defaults):%n"
            + "  scrub.inbox    work/inbox    watched: 837 files dropped here are scrubbed%n"
            + "  scrub.outbox   work/outbox   clean 837s: what goes to the payer%n"
            + "  scrub.reports  work/reports  rejected 837s and the reports%n"
            + "  scrub.archive  work/archive  originals once processed%n"
            + "  scrub.failed   work/failed   unreadable files, each with <name>.reason.txt%n"
            + "  scrub.state    work/state    control-number counter, files seen%n"
            + "  scrub.responses work/responses  payers' TA1, 999, 277CA, 835 (docs/outcomes.md)%n"
            + "Upload into the inbox under a name starting with '.' or ending in .part or .tmp, then rename."
            + " The other keys (consumers, formats, duplicates, control numbers, report and progress settings)"
            + " are described in config/application.properties and the README.";

    static final String OVERRIDES = "%nOverrides: any key as a JVM system property, which wins over the file:%n"
            + "  java -Dscrub.inbox=/data/in -Dscrub.consumers=4 -jar scrub837.jar run%n"
            + "or from the environment, through the JVM's JAVA_TOOL_OPTIONS variable:%n"
            + "  JAVA_TOOL_OPTIONS='-Dscrub.inbox=/data/in' java -jar scrub837.jar run%n"
            + "Relative folders resolve against the working directory.";

    static final String STOPPING = "%nStopping: Ctrl-C or SIGTERM (kill PID) stops taking new files and lets the"
            + " files in progress finish for up to camel.main.shutdownTimeout seconds (30). A file left"
            + " unfinished, even by SIGKILL or a power cut, stays in the inbox with no output in place and is"
            + " scrubbed again from the start at the next run.";

    static final String EXIT_STATUS = "%nExit status: 0 stopped as asked; 64 the configuration is missing or"
            + " wrong (no application.properties in the --config folder, a setting that is not valid); 2 the"
            + " service could not start for another reason (e.g. a state folder it cannot create).";

    static final String EXAMPLES = "%nExamples:%n"
            + "  java -jar scrub837.jar run           ./config, folders under ./work%n"
            + "  java -jar scrub837.jar               the same: no command means run%n"
            + "  java -jar scrub837.jar run --config /etc/scrub837";

    private RunHelp() {
    }
}
