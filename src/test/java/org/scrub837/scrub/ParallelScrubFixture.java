package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;
import org.scrub837.scrub.parallel.PerTransactionScrubber;
import org.scrub837.write.Ack277caWriter;
import org.scrub837.write.Ack999Writer;
import org.scrub837.write.HtmlReportWriter;
import org.scrub837.write.JsonReportWriter;
import org.scrub837.write.OriginalControlNumbers;
import org.scrub837.write.ResultWriter;
import org.scrub837.write.Split837Writer;
import org.scrub837.write.SplitSide;
import org.scrub837.write.TextSummaryWriter;

/**
 * Scrubs a file sequentially and in parallel into two folders with every output format (the
 * acknowledgments on one fixed clock) plus an event log that records every envelope, claim and
 * envelope end the writers were handed, in full; then compares the folders byte for byte.
 */
final class ParallelScrubFixture {

    static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    static final String EVENTS_SUFFIX = ".events.txt";

    private final ScrubEngine engine;

    ParallelScrubFixture() throws IOException {
        this.engine = ScrubEngine.load(Path.of("config"));
    }

    ScrubEngine engine() {
        return engine;
    }

    FileScrubber sequential() {
        return new FileScrubber(engine.reader(), engine.evaluator());
    }

    /** A scrubber that scrubs every file with two transactions or more per transaction. */
    FileScrubber parallel(int threads, PerTransactionScrubber.InFlightProbe probe) {
        return parallel(threads, probe, null);
    }

    FileScrubber parallel(int threads, PerTransactionScrubber.InFlightProbe probe, Path spoolParent) {
        return new FileScrubber(engine.reader(), engine.evaluator(), ScrubPolicy.of(threads, 0, Long.MAX_VALUE),
                spoolParent, probe);
    }

    static OutputFactory allOutputs(Path dir) {
        return new OutputFactory() {
            @Override
            public List<ResultWriter> claimOutputs(String base) {
                return List.of(
                        new Split837Writer(dir.resolve(base + ScrubEngine.CLEAN_SUFFIX), SplitSide.CLEAN),
                        new Split837Writer(dir.resolve(base + ScrubEngine.REJECTED_SUFFIX), SplitSide.REJECTED));
            }

            @Override
            public List<ResultWriter> reports(String base) {
                return List.of(new JsonReportWriter(dir.resolve(base + ReportFormat.JSON.suffix())),
                        new TextSummaryWriter(dir.resolve(base + ReportFormat.TXT.suffix())),
                        new HtmlReportWriter(dir.resolve(base + ReportFormat.HTML.suffix())),
                        new Ack999Writer(dir.resolve(base + ReportFormat.ACK999.suffix()),
                                OriginalControlNumbers.INSTANCE, FIXED),
                        new Ack277caWriter(dir.resolve(base + ReportFormat.ACK277CA.suffix()),
                                OriginalControlNumbers.INSTANCE, FIXED),
                        new EventLog(dir.resolve(base + EVENTS_SUFFIX)));
            }
        };
    }

    /** Every file of a folder by name, with its content. */
    static TreeMap<String, String> contents(Path dir) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static void assertSameFiles(Path expected, Path actual) throws IOException {
        TreeMap<String, String> want = contents(expected);
        TreeMap<String, String> got = contents(actual);
        assertEquals(want.keySet(), got.keySet(), "output files");
        for (String name : want.keySet()) {
            assertEquals(want.get(name), got.get(name), name);
        }
    }

    /** Writes every event as the records print themselves, so that ordinals and positions count too. */
    static final class EventLog implements ResultWriter {
        private final Path target;
        private final List<String> lines = new ArrayList<>();

        EventLog(Path target) {
            this.target = target;
        }

        @Override
        public Path target() {
            return target;
        }

        @Override
        public void startInterchange(Interchange interchange) {
            lines.add("startInterchange " + interchange);
        }

        @Override
        public void startGroup(FunctionalGroup group) {
            lines.add("startGroup " + group);
        }

        @Override
        public void startTransaction(Transaction transaction) {
            lines.add("startTransaction " + transaction);
        }

        @Override
        public void claim(ClaimResult result) {
            lines.add("claim " + result);
        }

        @Override
        public void endTransaction(Transaction transaction, EnvelopeEnd end) {
            lines.add("endTransaction " + transaction + " " + end);
        }

        @Override
        public void endGroup(FunctionalGroup group, EnvelopeEnd end) {
            lines.add("endGroup " + group + " " + end);
        }

        @Override
        public void endInterchange(Interchange interchange, EnvelopeEnd end) {
            lines.add("endInterchange " + interchange + " " + end);
        }

        @Override
        public void finish(FileOutcome outcome) throws IOException {
            lines.add("finish " + outcome);
            try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            }
        }

        @Override
        public void close() {
            lines.clear();
        }
    }
}
