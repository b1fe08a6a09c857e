package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrub837.model.FileStatus;

/**
 * Several files at once give what one file after another gives: the same results, handed on in
 * list order, and the same output files byte for byte, for every sample plus a file that is not
 * X12 and one that cannot be read at all.
 */
class FileBatchSameAsOneByOneTest {

    private static ScrubEngine engine;
    private static List<FileBatch.Job> jobs;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() throws IOException {
        engine = ScrubEngine.load(Path.of("config"));
        jobs = new ArrayList<>();
        for (String folder : List.of("edi-samples/837P", "edi-samples/837I")) {
            try (Stream<Path> s = Files.list(Path.of(folder))) {
                s.sorted().forEach(p -> jobs.add(new FileBatch.Job(p, FileScrubber.baseName(p))));
            }
        }
        Path notX12 = Files.writeString(dir.resolve("not-x12.edi"), "hello, this is no interchange\n",
                StandardCharsets.US_ASCII);
        jobs.add(jobs.size() / 2, new FileBatch.Job(notX12, "not-x12"));
        jobs.add(jobs.size() / 3, new FileBatch.Job(dir.resolve("missing.edi"), "missing"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 8})
    void severalAtOnceMatchOneByOne(int filesAtOnce) throws IOException {
        Path oneByOneOut = Files.createDirectories(dir.resolve("one-by-one-" + filesAtOnce));
        Path togetherOut = Files.createDirectories(dir.resolve("together-" + filesAtOnce));

        List<FileBatch.Done> oneByOne = run(1, oneByOneOut);
        List<FileBatch.Done> together = run(filesAtOnce, togetherOut);

        assertEquals(jobs.size(), together.size());
        for (int i = 0; i < jobs.size(); i++) {
            assertEquals(jobs.get(i), together.get(i).job(), "order at " + i);
            assertEquals(oneByOne.get(i).outcome(), together.get(i).outcome(), jobs.get(i).base());
            assertEquals(oneByOne.get(i).readError() == null, together.get(i).readError() == null,
                    jobs.get(i).base());
        }
        ParallelScrubFixture.assertSameFiles(oneByOneOut, togetherOut);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void anUnreadableInputGetsItsFailureInItsPlace(int filesAtOnce) throws IOException {
        Path out = Files.createDirectories(dir.resolve("unreadable-" + filesAtOnce));

        List<FileBatch.Done> done = run(filesAtOnce, out);

        FileBatch.Done missing = done.stream().filter(d -> d.job().base().equals("missing")).findFirst().orElseThrow();
        assertNotNull(missing.readError());
        assertEquals(FileStatus.FAILED, missing.outcome().status());
        FileBatch.Done notX12 = done.stream().filter(d -> d.job().base().equals("not-x12")).findFirst().orElseThrow();
        assertNull(notX12.readError(), "a file that is read but is not X12 fails in the scrub, not on reading");
        assertEquals(FileStatus.FAILED, notX12.outcome().status());
    }

    private static List<FileBatch.Done> run(int filesAtOnce, Path out) throws IOException {
        List<FileBatch.Done> done = new ArrayList<>();
        new FileBatch(engine, engine.scrubber(), ParallelScrubFixture.allOutputs(out), filesAtOnce).run(jobs,
                done::add);
        return done;
    }
}
