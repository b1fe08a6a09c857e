package org.scrub837.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.scrub837.scrub.parallel.OrderedParallel;

class OrderedParallelOrderTest {

    @Test
    void resultsComeInInputOrderWhenLaterTasksFinishFirst() throws Exception {
        // Task 0 cannot finish before task 1 has: completion order is 1, 0, then the rest.
        CountDownLatch firstDone = new CountDownLatch(1);
        List<Integer> consumed = new ArrayList<>();

        OrderedParallel.run(List.of(0, 1, 2, 3, 4, 5), 2, 3, i -> {
            if (i == 0) {
                assertTrue(firstDone.await(30, TimeUnit.SECONDS));
            } else if (i == 1) {
                firstDone.countDown();
            }
            return i * 10;
        }, consumed::add);

        assertEquals(List.of(0, 10, 20, 30, 40, 50), consumed);
    }

    @Test
    void neverMoreTasksInFlightThanAllowed() throws Exception {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger consumedCount = new AtomicInteger();
        List<Integer> gaps = new ArrayList<>();

        OrderedParallel.run(List.of(1, 2, 3, 4, 5, 6, 7, 8), 2, 2, i -> started.incrementAndGet(), r -> {
            gaps.add(started.get() - consumedCount.getAndIncrement());
        });

        for (int gap : gaps) {
            assertTrue(gap <= 2, "started but not consumed: " + gap);
        }
        assertEquals(8, consumedCount.get());
    }

    @Test
    void aFailingTaskFailsTheRun() {
        IOException e = assertThrows(IOException.class, () -> OrderedParallel.run(List.of(1, 2, 3), 2, 2, i -> {
            if (i == 2) {
                throw new IOException("task 2 failed");
            }
            return i;
        }, r -> { }));
        assertEquals("task 2 failed", e.getMessage());
    }
}
