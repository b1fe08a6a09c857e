package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One plan per file, from its size and every threshold of the policy. */
class ScrubPolicyPlanTest {

    /** Hand-off from 100 bytes, per transaction from 1,000 bytes up to the 10,000-byte file limit. */
    private static ScrubPolicy policy(int processors, int threads) {
        return new ScrubPolicy(processors, 100, 100, threads, 1_000, 10_000);
    }

    @ParameterizedTest(name = "{0} processors, {1} threads, {2} bytes: {3}, alone {5}")
    @CsvSource({
        "2, 2, 99, SEQUENTIAL, SEQUENTIAL, false",
        "2, 2, 100, PIPELINED, PIPELINED, false",
        "2, 2, 999, PIPELINED, PIPELINED, false",
        "2, 2, 1000, PER_TRANSACTION, PIPELINED, true",
        "2, 2, 10000, PER_TRANSACTION, PIPELINED, true",
        "2, 2, 10001, PIPELINED, PIPELINED, true",
        "2, 1, 5000, PIPELINED, PIPELINED, false",
        "1, 1, 5000, SEQUENTIAL, SEQUENTIAL, false",
        "1, 4, 5000, PER_TRANSACTION, SEQUENTIAL, true",
    })
    void planFollowsSizeAndThresholds(int processors, int threads, long size, ScrubPlan plan, ScrubPlan fallback,
            boolean alone) {
        ScrubPolicy policy = policy(processors, threads);

        assertEquals(plan, policy.planFor(size));
        assertEquals(fallback, policy.oneReaderPlanFor(size));
        assertEquals(alone, policy.scrubbedAlone(size));
    }
}
