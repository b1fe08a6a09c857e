package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The service logs a progress line per interval of a long file, and none for a file done within one. */
class LoggedProgressIntervalTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final List<String> lines = new ArrayList<>();
    private final LoggedProgress progress = new LoggedProgress(Duration.ofSeconds(30), now::get,
            (file, read, size, claims, rate) -> lines.add(file + " " + read + " " + claims));

    @Test
    void aFileDoneWithinTheIntervalLogsNothing() {
        ScrubProgress.File f = progress.start(Path.of("edi-samples/837P/multi-st.edi"));
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        f.bytesRead(1000);
        f.claimDone();
        f.finished();
        assertEquals(List.of(), lines);
    }

    @Test
    void aLongFileLogsOncePerInterval() {
        ScrubProgress.File f = progress.start(Path.of("edi-samples/837P/multi-st.edi"));
        for (int second = 1; second <= 95; second++) {
            now.addAndGet(Duration.ofSeconds(1).toNanos());
            f.bytesRead(second * 1000L);
            f.claimDone();
        }
        assertEquals(List.of("multi-st.edi 30000 29", "multi-st.edi 60000 59", "multi-st.edi 90000 89"), lines);
    }

    @Test
    void intervalSetting() {
        assertEquals(Duration.ofSeconds(30), LoggedProgress.interval(null));
        assertEquals(Duration.ofSeconds(5), LoggedProgress.interval(" 5 "));
        assertSame(ScrubProgress.NONE, LoggedProgress.every(LoggedProgress.interval("0")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LoggedProgress.interval("often"));
        assertTrue(e.getMessage().contains(LoggedProgress.INTERVAL_KEY), e.getMessage());
    }
}
