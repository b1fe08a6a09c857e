package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CounterControlNumbersTest {

    @TempDir
    Path state;

    @Test
    void numbersContinueInANewInstance() throws Exception {
        CounterControlNumbers first = new CounterControlNumbers(state);
        assertEquals("000000001", first.interchange(null));
        assertEquals("000000002", first.interchange(null));
        assertEquals("1", first.group(null));
        assertEquals("0001", first.transaction(null));
        CounterControlNumbers second = new CounterControlNumbers(state);
        assertEquals("000000003", second.interchange(null));
        assertEquals("2", second.group(null));
        assertEquals("0002", second.transaction(null));
    }

    @Test
    void counterStartsAgainAtOneAfterTheLargestNumber() throws Exception {
        Files.writeString(state.resolve(CounterControlNumbers.STATE_FILE), "interchange=999999999\n");
        assertEquals("000000001", new CounterControlNumbers(state).interchange(null));
    }

    @Test
    void unreadableStateIsRefusedRatherThanRestarted() throws Exception {
        Files.writeString(state.resolve(CounterControlNumbers.STATE_FILE), "interchange=12x\n");
        IOException e = assertThrows(IOException.class, () -> new CounterControlNumbers(state).interchange(null));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void numberIsOnDiskBeforeItIsHandedOut() throws Exception {
        String number = new CounterControlNumbers(state).interchange(null);
        List<String> lines = Files.readAllLines(state.resolve(CounterControlNumbers.STATE_FILE));
        assertTrue(lines.contains("interchange=" + Long.parseLong(number)), lines.toString());
    }
}
