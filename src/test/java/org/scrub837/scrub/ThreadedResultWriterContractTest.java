package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.testing.TestClaims;
import org.scrub837.write.ResultWriter;

/**
 * A writer on its own thread gets every call in order, has finished when finish returns, reports
 * its failure as the same IOException to the caller, and is closed whatever happened.
 */
class ThreadedResultWriterContractTest {

    private static final FileOutcome OUTCOME = new FileOutcome("b", "b.837", FileStatus.ACCEPTED, "v", 0, 0, 0,
            List.of());

    /** Records calls; optionally fails at the n-th claim. */
    private static final class Recording implements ResultWriter {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final int failAt;
        final IOException failure = new IOException("disk full");
        volatile boolean closed;

        Recording(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public Path target() {
            return Path.of("b.report.json");
        }

        @Override
        public void claim(ClaimResult result) throws IOException {
            calls.add(result.claim().claimId());
            if (calls.size() == failAt) {
                throw failure;
            }
        }

        @Override
        public void finish(FileOutcome outcome) {
            calls.add("finish");
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static ClaimResult claim(int i) {
        return new ClaimResult(TestClaims.professional().claimId("C" + i).build(), List.of(), "default");
    }

    @Test
    @Timeout(30)
    void everyCallArrivesInOrderBeforeFinishReturns() throws Exception {
        Recording target = new Recording(-1);
        ThreadedResultWriter threaded = new ThreadedResultWriter(target);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            threaded.claim(claim(i));
            expected.add("C" + i);
        }
        threaded.finish(OUTCOME);
        expected.add("finish");
        assertEquals(expected, target.calls);
        threaded.close();
        assertTrue(target.closed);
    }

    @Test
    @Timeout(30)
    void failureReachesTheCallerAndTheWriterIsStillClosed() {
        Recording target = new Recording(10);
        ThreadedResultWriter threaded = new ThreadedResultWriter(target);
        IOException thrown = assertThrows(IOException.class, () -> {
            for (int i = 0; i < 100_000; i++) {
                threaded.claim(claim(i));
            }
            threaded.finish(OUTCOME);
        });
        assertSame(target.failure, thrown);
        assertThrows(IOException.class, threaded::close, "close reports the failure too");
        assertTrue(target.closed, "closed although it failed");
        assertEquals(10, target.calls.size(), "nothing reached the writer after its failure");
    }
}
