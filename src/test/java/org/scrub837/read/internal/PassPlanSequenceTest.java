package org.scrub837.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The passes over a file: all fast, then fast up to the transaction in doubt, then all validated. */
class PassPlanSequenceTest {

    @Test
    void firstPassReadsEverythingFast() {
        PassPlan fast = PassPlan.fast();

        assertTrue(fast.fastAt(0));
        assertTrue(fast.fastAt(1_000_000));
        assertFalse(fast.validatesAny());
    }

    @Test
    void doubtInTransactionThreeValidatesFromThree() {
        PassPlan second = PassPlan.fast().afterDoubt(3);

        assertTrue(second.fastAt(0), "the envelopes before the first ST");
        assertTrue(second.fastAt(2));
        assertFalse(second.fastAt(3));
        assertTrue(second.readsAnyFast());
        assertTrue(second.validatesAny());
        assertEquals("fast up to transaction 3", second.toString());
    }

    @Test
    void doubtBeforeTheFirstTransactionValidatesEverything() {
        PassPlan second = PassPlan.fast().afterDoubt(0);

        assertFalse(second.fastAt(0));
        assertFalse(second.readsAnyFast());
    }

    @Test
    void doubtInTheSecondPassValidatesEverythingThenNoMore() {
        PassPlan third = PassPlan.fast().afterDoubt(2).afterDoubt(2);

        assertFalse(third.fastAt(0));
        assertEquals("validating", third.toString());
        assertThrows(IllegalStateException.class, () -> third.afterDoubt(1));
    }
}
