package org.scrub837.responses.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.camel.main.Main;
import org.scrub837.camel.WatchFolderService;
import org.scrub837.store.TestDatabase;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

/** Watch-folder services run in this JVM for the response-folder tests; close() stops them. */
final class ResponseFolderNodes implements AutoCloseable {

    private final List<Main> mains = new java.util.ArrayList<>();
    private final List<Thread> runners = new java.util.ArrayList<>();

    /**
     * Starts a node with its own inbox, outbox, reports and state under {@code root/node<n>}, and the
     * shared response, archive and failed folders under {@code shared}; {@code settings} are extra lines.
     */
    void start(Path root, int n, Path shared, String... settings) throws Exception {
        Path nodeRoot = Files.createDirectories(root.resolve("node" + n));
        Path config = TestConfig.watchFolder(nodeRoot, 1);
        InboxInputs.override(config, "scrub.responses = " + shared.resolve("responses"),
                "scrub.archive = " + shared.resolve("archive"), "scrub.failed = " + shared.resolve("failed"),
                "camel.main.name = scrub837-node" + n);
        InboxInputs.override(config, settings);
        Main main = WatchFolderService.createMain(config, TestDatabase.environment());
        Thread runner = new Thread(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "camel-main-node" + n);
        runner.start();
        mains.add(main);
        runners.add(runner);
    }

    /** Writes under a hidden name and renames into the folder, as a careful sender does. */
    static void drop(Path folder, String name, String content) throws IOException {
        Path tmp = folder.resolve("." + name + ".part");
        Files.writeString(tmp, content);
        Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    /** Waits for a condition the service brings about (files moved); fails after {@code seconds}. */
    static void await(Check check, int seconds, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.ok()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + seconds + " s: " + what);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Main m : mains) {
            m.completed();
        }
        for (Thread t : runners) {
            t.join(30_000);
        }
    }
}
