package org.scrub837.bench;

import java.util.Locale;

/**
 * One measured phase.
 *
 * @param phase          what was measured
 * @param bytes          input bytes processed
 * @param claims         claims processed
 * @param files          input files processed
 * @param nanos          wall time
 * @param peakHeapBytes  peak heap during the phase (see {@link HeapWatch})
 * @param gcCount        collections during the phase
 * @param gcMillis       time the collectors report for the phase
 * @param cpuNanos       CPU time of the whole process during the phase (all threads), or negative when unknown
 * @param kernelNanos    the part of {@code cpuNanos} spent in the kernel, or negative when unknown
 */
public record Measurement(String phase, long bytes, long claims, long files, long nanos, long peakHeapBytes,
        long gcCount, long gcMillis, long cpuNanos, long kernelNanos) {

    static Measurement of(String phase, long bytes, long claims, long files, long nanos, HeapWatch heap) {
        return new Measurement(phase, bytes, claims, files, nanos, heap.peakHeapBytes(), heap.gcCountSinceStart(),
                heap.gcMillisSinceStart(), heap.cpuNanosSinceStart(), heap.kernelNanosSinceStart());
    }

    /** Process CPU milliseconds per input file (every thread; the small-file figure to compare). */
    public double cpuMillisPerFile() {
        return cpuNanos / 1e6 / files;
    }

    /** Megabytes per CPU second: less sensitive than wall time to other work on a shared machine. */
    public double megabytesPerCpuSecond() {
        return bytes / 1e6 / (cpuNanos / 1e9);
    }

    /** Megabytes (10^6 bytes) per second. */
    public double megabytesPerSecond() {
        return bytes / 1e6 / seconds();
    }

    public double claimsPerSecond() {
        return claims / seconds();
    }

    public double filesPerSecond() {
        return files / seconds();
    }

    public double seconds() {
        return nanos / 1e9;
    }

    public String line() {
        String kernel = kernelNanos < 0 ? "" : String.format(Locale.ROOT, ", kernel %.2f s", kernelNanos / 1e9);
        String perFile = files > 1 ? String.format(Locale.ROOT, ", %.2f ms/file", cpuMillisPerFile()) : "";
        return String.format(Locale.ROOT,
                "%-24s %7.2f s %8.2f MB/s %9.0f claims/s %8.1f files/s  cpu %7.2f s (%7.2f MB/cpu-s%s%s)"
                + "  peak heap %6.1f MB  gc %d (%d ms)",
                phase, seconds(), megabytesPerSecond(), claimsPerSecond(), filesPerSecond(), cpuNanos / 1e9,
                megabytesPerCpuSecond(), kernel, perFile, peakHeapBytes / 1e6, gcCount, gcMillis);
    }
}
