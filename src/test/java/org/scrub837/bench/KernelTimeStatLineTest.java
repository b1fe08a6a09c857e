package org.scrub837.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Field 15 (stime) of a /proc stat line, whatever the command name in field 2 holds. */
class KernelTimeStatLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4242 (java) S 1 4242 4242 0 -1 4194560 9000 0 12 0 3170 1452 0 0 20 0 31 0 77 0 0|1452",
            "7 (my prog (x) y) R 1 7 7 0 -1 0 0 0 0 0 5 9 0 0 20 0 1 0 1 0 0|9"})
    void stimeIsTheFifteenthField(String line, long stime) {
        assertEquals(stime, KernelTime.stimeTicks(line));
    }

    @org.junit.jupiter.api.Test
    void aLineWithoutCommandNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> KernelTime.stimeTicks("4242 java S 1"));
    }
}
