package org.scrub837.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap and GC work over one measured phase. The peak is the sum of the peak usage of every
 * heap pool since {@link #start()}; pools peak at different moments, so the sum is an upper bound
 * of the true peak, which is what a heap limit must cover.
 */
final class HeapWatch {

    private long gcCount;
    private long gcMillis;
    private long cpuNanos;
    private long kernelNanos;

    /** Collects garbage and resets the pools' peaks so the phase starts from a clean floor. */
    void start() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
        gcCount = totalGcCount();
        gcMillis = totalGcMillis();
        cpuNanos = processCpuNanos();
        kernelNanos = KernelTime.processKernelNanos();
    }

    /** CPU time of the whole process (all threads, GC and JIT included) since {@link #start()}. */
    long cpuNanosSinceStart() {
        return processCpuNanos() - cpuNanos;
    }

    /**
     * The part of {@link #cpuNanosSinceStart()} spent in the kernel on the process's behalf (file
     * creation, renames, deletions), or negative where the system does not say (not Linux).
     */
    long kernelNanosSinceStart() {
        long now = KernelTime.processKernelNanos();
        return now < 0 || kernelNanos < 0 ? -1 : now - kernelNanos;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    long gcCountSinceStart() {
        return totalGcCount() - gcCount;
    }

    long gcMillisSinceStart() {
        return totalGcMillis() - gcMillis;
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    private static long totalGcCount() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionCount());
        }
        return sum;
    }

    private static long totalGcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }
}
