package fi.respiteplanner.benchmarks.workbook;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Time and heap of one operation: wall-clock time, the calling thread's CPU time (less disturbed by other
 * load on the machine), and the peak heap: the heap is collected first, then the peak of the heap pools
 * during the operation is read (the sum of the pools' peaks, so an upper bound) less the heap in use before it.
 */
record Measured<T>(T result, double seconds, double cpuSeconds, long peakHeapBytes) {

    static <T> Measured<T> of(Callable<T> operation) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T result = operation.call();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Measured<>(result, seconds, cpuSeconds, Math.max(0, peak - before));
    }

    long peakHeapMiB() {
        return peakHeapBytes / (1024 * 1024);
    }
}
