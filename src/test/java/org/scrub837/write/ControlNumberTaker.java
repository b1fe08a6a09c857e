package org.scrub837.write;

import java.nio.file.Path;

/** Run in a separate JVM by {@link CounterControlNumbersConcurrencyTest}: takes n interchange numbers and prints them. */
public final class ControlNumberTaker {

    private ControlNumberTaker() {
    }

    public static void main(String[] args) throws Exception {
        CounterControlNumbers numbers = new CounterControlNumbers(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(numbers.next("interchange")).append('\n');
        }
        System.out.print(out);
    }
}
