package org.scrub837.cli;

import java.util.concurrent.Callable;

import org.slf4j.bridge.SLF4JBridgeHandler;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The scrub837 command line. Without a subcommand it starts the watch-folder service, like
 * {@code run}.
 */
@Command(name = "scrub837", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "X12 837P/837I pre-submission claim scrubber.",
        subcommands = {RunCommand.class, ReplayCommand.class, ExplainCommand.class, HistoryCommand.class},
        exitCodeOnInvalidInput = ExitCodes.USAGE)
public final class Scrub837 implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        return new RunCommand().call();
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
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("scrub837: " + ex.getMessage());
            line.getErr().flush();
            return ex instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.FILE_FAILED;
        });
        return cl;
    }
}
