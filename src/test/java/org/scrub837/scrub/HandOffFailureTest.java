package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.scrub837.model.Claim;
import org.scrub837.read.ClaimHandler;
import org.scrub837.testing.TestClaims;

/**
 * When the target fails (a writer's disk error), the reader's thread gets that same exception at a
 * later hand-off or at finish, never blocks on the full queue, and the target sees nothing after it.
 */
class HandOffFailureTest {

    @Test
    @Timeout(30)
    void targetFailureReachesTheReaderThread() {
        Claim claim = TestClaims.professional().build();
        UncheckedIOException diskFull = new UncheckedIOException(new IOException("disk full"));
        AtomicInteger handled = new AtomicInteger();
        ClaimHandler target = c -> {
            if (handled.incrementAndGet() == 10) {
                throw diskFull;
            }
        };
        HandOffClaimHandler handOff = new HandOffClaimHandler(target, "test-hand-off");
        UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> {
            for (int i = 0; i < 100_000; i++) {
                handOff.claim(claim);
            }
            handOff.finish();
        });
        assertSame(diskFull, thrown);
        assertThrows(UncheckedIOException.class, handOff::finish, "finish still reports the failure");
        assertTrue(handled.get() == 10, "the target saw nothing after its failure: " + handled.get());
    }
}
