package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.scrub837.scrub.ScrubProgress;

/** replay's progress line: bytes and claims done, rate, time left; redrawn in place, cleared at the end. */
class TerminalProgressLineTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(5 * SECOND);
    private final StringWriter err = new StringWriter();

    @Test
    void lineShowsBytesClaimsRateAndTimeLeft() {
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), 200_000_000, now::get);
        ScrubProgress.File f = progress.start(Path.of("big.837"));
        now.addAndGet(10 * SECOND);
        f.bytesRead(50_000_000);
        for (int i = 0; i < 1234; i++) {
            f.claimDone();
        }
        assertEquals("scrub837: 50.0 MB of 200.0 MB (25%), 1,234 claims, 5.0 MB/s, about 30 s left",
                progress.line(now.get()));
    }

    @Test
    void oneClaimIsSingularAndNoTimeLeftIsGuessedAtFirst() {
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), 1_000_000, now::get);
        ScrubProgress.File f = progress.start(Path.of("a.837"));
        now.addAndGet(SECOND / 2);
        f.bytesRead(100_000);
        f.claimDone();
        assertEquals("scrub837: 0.1 MB of 1.0 MB (10%), 1 claim, 0.2 MB/s", progress.line(now.get()));
    }

    @Test
    void finishedFilesCountWholeAndTheLineIsRedrawnInPlaceThenCleared() throws Exception {
        Path input = Files.createTempFile("progress", ".837");
        try {
            Files.write(input, new byte[3000]);
            TerminalProgress progress = new TerminalProgress(new PrintWriter(err), 6000, now::get);
            ScrubProgress.File f = progress.start(input);
            now.addAndGet(SECOND);
            f.bytesRead(1000);
            f.finished();
            assertTrue(progress.line(now.get()).startsWith("scrub837: 0.0 MB of 0.0 MB (50%)"), progress.line(now.get()));
            progress.draw();
            progress.clear();
            String written = err.toString();
            assertTrue(written.contains("(50%)"), written);
            assertTrue(written.endsWith("\r") && !written.contains("\n"), "drawn and cleared in place: " + written);
        } finally {
            Files.deleteIfExists(input);
        }
    }

    @Test
    void durations() {
        assertEquals("59 s", TerminalProgress.duration(59));
        assertEquals("2 min 5 s", TerminalProgress.duration(125));
        assertEquals("1 h 1 min", TerminalProgress.duration(3660));
    }
}
