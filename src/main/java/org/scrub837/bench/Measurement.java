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
 */
public record Measurement(String phase, long bytes, long claims, long files, long nanos, long peakHeapBytes,
        long gcCount, long gcMillis) {

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
        return String.format(Locale.ROOT,
                "%-22s %8.2f s %8.2f MB/s %9.0f claims/s %7.1f files/s  peak heap %6.1f MB  gc %d (%d ms)",
                phase, seconds(), megabytesPerSecond(), claimsPerSecond(), filesPerSecond(), peakHeapBytes / 1e6,
                gcCount, gcMillis);
    }
}
