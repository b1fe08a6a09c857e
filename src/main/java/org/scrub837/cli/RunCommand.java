package org.scrub837.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.camel.main.Main;
import org.scrub837.camel.WatchFolderService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the watch-folder service: camel-main with the routes in routes/*.yaml. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Watch the inbox folder and scrub every 837 dropped into it (until stopped).",
        footer = {RunHelp.UPLOADS, RunHelp.OVERRIDES, RunHelp.STOPPING, RunHelp.EXIT_STATUS, RunHelp.EXAMPLES})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "config",
            description = "Configuration folder (default: ${DEFAULT-VALUE}).")
    Path config = Path.of("config");

    @Override
    public Integer call() throws Exception {
        Main main = WatchFolderService.createMain(config);
        // SIGTERM / Ctrl-C: a clean stop (files in flight finished), then exit 0
        StopSignals.install(main::completed);
        main.run();
        return ExitCodes.ACCEPTED;
    }

}
