package org.scrub837.camel;

import java.nio.file.Path;

import org.apache.camel.main.Main;

/** The watch-folder service run in this JVM on a thread of its own, for tests; close() stops it. */
final class RunningService implements AutoCloseable {

    private final Main main;
    private final Thread runner;

    private RunningService(Main main) {
        this.main = main;
        this.runner = new Thread(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "camel-main-under-test");
    }

    static RunningService start(Path config) throws Exception {
        RunningService s = new RunningService(WatchFolderService.createMain(config));
        s.runner.start();
        return s;
    }

    /** The service's Camel context (for a test that adds a health check of its own). */
    org.apache.camel.CamelContext camelContext() {
        return main.getCamelContext();
    }

    @Override
    public void close() throws InterruptedException {
        main.completed();
        runner.join(30_000);
    }
}
