package org.scrub837.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's CPU time spent in the kernel, from {@code /proc/self/stat} (Linux). Small files
 * cost file creations, renames and deletions, which the JVM's process CPU time includes without
 * saying how much; this tells that part apart.
 */
final class KernelTime {

    private static final Path STAT = Path.of("/proc/self/stat");
    /** Clock ticks per second of /proc times: USER_HZ, 100 on every Linux architecture in use. */
    private static final long TICKS_PER_SECOND = 100;

    private KernelTime() {
    }

    /** Kernel CPU nanoseconds of the whole process so far, or -1 when the system does not say. */
    static long processKernelNanos() {
        try {
            return stimeTicks(Files.readString(STAT, StandardCharsets.US_ASCII)) * (1_000_000_000L / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Field 15 (stime) of a {@code /proc/<pid>/stat} line. Field 2 is the command name in
     * parentheses and may itself hold spaces and parentheses, so fields are counted after the last
     * closing parenthesis (which is followed by field 3).
     */
    static long stimeTicks(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("not a /proc stat line");
        }
        String[] fields = stat.substring(close + 1).trim().split(" +");
        // fields[0] is field 3 (state), so field 15 is fields[12]
        return Long.parseLong(fields[12]);
    }
}
