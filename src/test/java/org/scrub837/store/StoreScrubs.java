package org.scrub837.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.scrub837.model.FileOutcome;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.testing.TestConfig;

/** Scrubs sample files with a store attached, as the service does. */
final class StoreScrubs {

    private final ScrubEngine engine;
    private final Path out;

    StoreScrubs(Path root, ClaimStore store, boolean record) throws IOException {
        this(TestConfig.watchFolder(root, 1), root, store, record);
    }

    /** With a configuration folder of the test's own (e.g. MUE tables plugged in). */
    StoreScrubs(Path config, Path root, ClaimStore store, boolean record) throws IOException {
        this.engine = ScrubEngine.load(config);
        store.attachTo(engine, record);
        this.out = Files.createDirectories(root.resolve("out"));
    }

    FileOutcome scrub(Path input) throws IOException {
        return engine.scrubber().scrub(input, engine.outputs(out, out, Set.of(ReportFormat.JSON)));
    }

    String report(Path input) throws IOException {
        String name = input.getFileName().toString();
        return Files.readString(out.resolve(name.substring(0, name.lastIndexOf('.')) + ".report.json"));
    }

    /** A copy of a sample under a new name, each {@code from} replaced by its {@code to}. */
    static Path copy(Path sample, Path dir, String name, String... fromTo) throws IOException {
        String text = Files.readString(sample, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < fromTo.length; i += 2) {
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        Path target = dir.resolve(name);
        Files.writeString(target, text, StandardCharsets.ISO_8859_1);
        return target;
    }
}
