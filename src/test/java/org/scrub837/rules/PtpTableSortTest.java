package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The PTP table finds every edit whatever the order of the rows it was built from. */
class PtpTableSortTest {

    @Test
    void unsortedRowsAreAllFound() {
        PtpTable.Builder b = new PtpTable.Builder("t", "test");
        Random random = new Random(42);
        int rows = 20_000;
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i : order) {
            // each pair twice: an old edit deleted 2019-12-31 (indicator 0) and its successor (indicator 1)
            String a = String.format("A%04d", i % 5000);
            String c = String.format("C%04d", i / 5000);
            b.add(a, c, LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31), 0);
            b.add(a, c, LocalDate.of(2020, 1, 1), null, 1);
        }

        PtpTable table = b.build();

        assertEquals(2 * rows, table.size());
        for (int i = 0; i < rows; i++) {
            String a = String.format("A%04d", i % 5000);
            String c = String.format("C%04d", i / 5000);
            assertEquals(0, table.edit(a, c, LocalDate.of(2015, 6, 1)).orElseThrow().modifierIndicator());
            assertEquals(1, table.edit(a, c, LocalDate.of(2026, 1, 5)).orElseThrow().modifierIndicator());
            assertTrue(table.edit(c, a, LocalDate.of(2026, 1, 5)).isEmpty());
        }
    }
}
