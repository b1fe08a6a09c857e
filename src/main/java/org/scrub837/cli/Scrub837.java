package org.scrub837.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.slf4j.bridge.SLF4JBridgeHandler;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

/**
 * The scrub837 command line. Without a subcommand it starts the watch-folder service, like
 * {@code run}.
 */
@Command(name = "scrub837", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"X12 837P/837I pre-submission claim scrubber.",
                "Without a command, scrub837 runs 'run': the watch-folder service."},
        subcommands = {RunCommand.class, ReplayCommand.class, ExplainCommand.class, StatusCommand.class,
                HistoryCommand.class, OutcomesCommand.class, DataCommand.class, HelpCommand.class},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {"Exit status: 0 every claim accepted (run: stopped cleanly by SIGTERM or Ctrl-C), 1 some claim"
                + " rejected, 2 some file failed (or the service could not start), 64 usage or configuration error.",
                "",
                "Examples:",
                "  java -jar scrub837.jar replay --out out/ claims.837    outputs into out/",
                "  java -jar scrub837.jar explain claims.837 --claim P1   one claim, findings inline",
                "  java -jar scrub837.jar run                             the watch folder",
                "  java -jar scrub837.jar help replay                     help on one command"},
        exitCodeOnInvalidInput = ExitCodes.USAGE)
public final class Scrub837 implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "config",
            description = "Configuration folder of 'run' when no command is given (default: ${DEFAULT-VALUE}).")
    Path config = Path.of("config");

    @Override
    public Integer call() throws Exception {
        RunCommand run = new RunCommand();
        run.config = config;
        return run.call();
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status, for tests and for main. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The configured command line. An exception that escapes a command (a broken configuration, an
     * output folder that cannot be written) is printed as one line, without a stack trace: exit 64
     * for a wrong setting, 2 otherwise.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Scrub837());
        RunHelp.addSettings(cl.getSubcommands().get("run").getCommandSpec());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("scrub837: " + ex.getMessage());
            line.getErr().flush();
            return ex instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.FILE_FAILED;
        });
        return cl;
    }
}
