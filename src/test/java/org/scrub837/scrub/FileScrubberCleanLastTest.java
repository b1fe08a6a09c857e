package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;
import org.scrub837.write.ResultWriter;

/**
 * The clean 837 (what is forwarded to payers) is put in place after every other output, so that a
 * crash part-way through the outputs never leaves it in the outbox for a file that is then
 * scrubbed again.
 */
class FileScrubberCleanLastTest {

    @TempDir
    Path out;

    @Test
    void cleanOutputIsFinishedLast() throws Exception {
        ScrubEngine engine = ScrubEngine.load(Path.of("config"));
        OutputFactory real = engine.outputs(out, out, EnumSet.of(ReportFormat.JSON, ReportFormat.TXT));
        List<String> finished = new ArrayList<>();
        OutputFactory recording = new OutputFactory() {
            @Override
            public List<ResultWriter> claimOutputs(String base) throws IOException {
                return real.claimOutputs(base).stream().map(w -> recorded(w, finished)).toList();
            }

            @Override
            public List<ResultWriter> reports(String base) throws IOException {
                return real.reports(base).stream().map(w -> recorded(w, finished)).toList();
            }
        };

        engine.scrubber().scrub(Path.of("edi-samples/837P/multi-claim-mixed.edi"), "mixed", recording);

        assertEquals(4, finished.size(), "json, txt, rejected and clean: " + finished);
        assertEquals("mixed.clean.837", finished.get(finished.size() - 1));
    }

    private static ResultWriter recorded(ResultWriter w, List<String> finished) {
        return new ResultWriter() {
            @Override
            public Path target() {
                return w.target();
            }

            @Override
            public void startInterchange(Interchange interchange) throws IOException {
                w.startInterchange(interchange);
            }

            @Override
            public void startGroup(FunctionalGroup group) throws IOException {
                w.startGroup(group);
            }

            @Override
            public void startTransaction(Transaction transaction) throws IOException {
                w.startTransaction(transaction);
            }

            @Override
            public void claim(ClaimResult result) throws IOException {
                w.claim(result);
            }

            @Override
            public void endTransaction(Transaction transaction, EnvelopeEnd end) throws IOException {
                w.endTransaction(transaction, end);
            }

            @Override
            public void endGroup(FunctionalGroup group, EnvelopeEnd end) throws IOException {
                w.endGroup(group, end);
            }

            @Override
            public void endInterchange(Interchange interchange, EnvelopeEnd end) throws IOException {
                w.endInterchange(interchange, end);
            }

            @Override
            public void finish(FileOutcome outcome) throws IOException {
                w.finish(outcome);
                synchronized (finished) {
                    finished.add(w.target().getFileName().toString());
                }
            }

            @Override
            public void close() throws IOException {
                w.close();
            }
        };
    }
}
