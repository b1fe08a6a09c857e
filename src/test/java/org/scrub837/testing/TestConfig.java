package org.scrub837.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Configuration folders for tests: the project's rules and limits, with folders under a temp root. */
public final class TestConfig {

    private TestConfig() {
    }

    /**
     * Copies the project's config/ to {@code root/config} and points every folder of the watch
     * folder at {@code root}: inbox, outbox, reports, archive, failed, state. Polls fast.
     */
    public static Path watchFolder(Path root, int consumers) throws IOException {
        Path config = root.resolve("config");
        copyTree(Path.of("config"), config);
        for (String dir : new String[] {"inbox", "outbox", "reports", "archive", "failed", "state"}) {
            Files.createDirectories(root.resolve(dir));
        }
        String props = String.join("\n",
                "scrub.inbox = " + root.resolve("inbox").toAbsolutePath(),
                "scrub.outbox = " + root.resolve("outbox").toAbsolutePath(),
                "scrub.reports = " + root.resolve("reports").toAbsolutePath(),
                "scrub.archive = " + root.resolve("archive").toAbsolutePath(),
                "scrub.failed = " + root.resolve("failed").toAbsolutePath(),
                "scrub.state = " + root.resolve("state").toAbsolutePath(),
                "scrub.consumers = " + consumers,
                "scrub.pollDelay = 200",
                "scrub.readLockMinAge = 300",
                "scrub.duplicates = skip",
                "scrub.controlNumbers = original",
                "scrub.formats = json,txt",
                "camel.main.name = scrub837-test",
                "camel.main.routesIncludePattern = file:" + Path.of("routes").toAbsolutePath() + "/*.yaml",
                "camel.main.messageHistory = false",
                "camel.main.shutdownTimeout = 10",
                "");
        Files.writeString(config.resolve("application.properties"), props.replace("\\", "/"), StandardCharsets.UTF_8);
        return config;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
