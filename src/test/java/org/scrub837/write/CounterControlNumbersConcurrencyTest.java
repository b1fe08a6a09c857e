package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CounterControlNumbersConcurrencyTest {

    private static final int PER_TAKER = 60;

    @TempDir
    Path state;

    @Test
    void threadsAndProcessesSharingAFolderNeverGetTheSameNumber() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ControlNumberTaker.class.getName(), state.toString(), Integer.toString(PER_TAKER))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<Long>>> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<List<Long>> take = () -> {
                CounterControlNumbers numbers = new CounterControlNumbers(state);
                List<Long> taken = new ArrayList<>();
                for (int k = 0; k < PER_TAKER; k++) {
                    taken.add(numbers.next("interchange"));
                }
                return taken;
            };
            threads.add(pool.submit(take));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : threads) {
            all.addAll(f.get());
        }
        pool.shutdown();
        for (Process p : processes) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertEquals(0, p.waitFor());
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    all.add(Long.parseLong(line.trim()));
                }
            }
        }
        int total = 4 * PER_TAKER;
        Set<Long> expected = LongStream.rangeClosed(1, total).boxed().collect(Collectors.toCollection(TreeSet::new));
        assertEquals(total, all.size());
        assertEquals(expected, new TreeSet<>(all), "every number handed out once, none skipped without a crash");
        assertEquals(List.of("interchange=" + total),
                Files.readAllLines(state.resolve(CounterControlNumbers.STATE_FILE)).stream()
                        .filter(l -> !l.startsWith("#")).toList());
    }
}
