package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.write.ResultWriter;

/**
 * A file large enough for the per-transaction parallel scrub is scrubbed alone on the calling
 * thread: every file before it has started (and been handed on) before it, none after it starts
 * before it is done.
 */
class FileBatchLargeFileAloneTest {

    @TempDir
    Path dir;

    @Test
    void largeFileIsScrubbedAloneBetweenTheOthers() throws IOException {
        // multi-st.edi is the only 837P sample of this size or more: it counts as large
        Path large = Path.of("edi-samples/837P/multi-st.edi");
        ScrubEngine engine = ScrubEngine.load(config("scrub.parallelThreads = 2\nscrub.parallelMinBytes = "
                + Files.size(large) + "\n"));
        List<FileBatch.Job> jobs = new ArrayList<>();
        for (String name : List.of("addon-base", "claim-balance", "q4293-clean", "multi-st", "q4293-area",
                "q4293-units-zero", "dx-pointer")) {
            Path p = Path.of("edi-samples/837P/" + name + ".edi");
            assertTrue(name.equals("multi-st") == Files.size(p) >= Files.size(large), name);
            jobs.add(new FileBatch.Job(p, name));
        }
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        OutputFactory all = ParallelScrubFixture.allOutputs(Files.createDirectories(dir.resolve("out")));
        OutputFactory recording = new OutputFactory() {
            @Override
            public List<ResultWriter> claimOutputs(String base) throws IOException {
                events.add("start " + base + (Thread.currentThread().getName().equals("scrub-worker") ? "" : " here"));
                return all.claimOutputs(base);
            }

            @Override
            public List<ResultWriter> reports(String base) throws IOException {
                return all.reports(base);
            }
        };

        new FileBatch(engine, engine.scrubber(), recording, 3).run(jobs, d -> events.add("done " + d.job().base()));

        int largeStarts = events.indexOf("start multi-st here");
        assertTrue(largeStarts > 0, events.toString());
        for (String before : List.of("addon-base", "claim-balance", "q4293-clean")) {
            assertTrue(events.indexOf("done " + before) < largeStarts, events.toString());
        }
        int largeDone = events.indexOf("done multi-st");
        assertEquals(largeStarts + 1, largeDone, events.toString());
        for (String after : List.of("q4293-area", "q4293-units-zero", "dx-pointer")) {
            assertTrue(events.indexOf("start " + after) > largeDone, events.toString());
        }
    }

    /** A copy of the shipped configuration folder with lines added to its settings. */
    private Path config(String extra) throws IOException {
        Path target = dir.resolve("config");
        Path source = Path.of("config");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path settings = target.resolve(ScrubSettings.FILE_NAME);
        // the per-transaction scrub spools under scrub.state: keep it in the test's folder
        Files.writeString(settings, Files.readString(settings) + "\nscrub.state = " + dir.resolve("state") + "\n" + extra);
        return target;
    }
}
