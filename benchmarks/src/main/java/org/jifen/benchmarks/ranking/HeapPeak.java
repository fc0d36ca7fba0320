package org.jifen.benchmarks.ranking;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap a piece of work needs at its peak, two ways: the highest {@code used} heap a sampling thread
 * saw (every {@value #EVERY_MILLIS} ms, through the {@link java.lang.management.MemoryMXBean}), and the sum
 * of the heap pools' peak usage (reset before the work; the collector updates them, so the sum bounds the
 * true peak from above). A GC runs before, so the baseline is the live data.
 */
public final class HeapPeak implements AutoCloseable {

    private static final int EVERY_MILLIS = 5;

    private final Thread sampler;
    private final List<MemoryPoolMXBean> pools;
    private volatile boolean running = true;
    private volatile long sampled;
    private final long baseline;

    private HeapPeak() {
        System.gc();
        pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        baseline = used();
        sampled = baseline;
        sampler = new Thread(() -> {
            while (running) {
                sampled = Math.max(sampled, used());
                try {
                    Thread.sleep(EVERY_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "heap-peak");
        sampler.setDaemon(true);
        sampler.start();
    }

    public static HeapPeak start() {
        return new HeapPeak();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Heap in use when the work started (after a GC). */
    public long baselineBytes() {
        return baseline;
    }

    /** The highest heap in use sampled while the work ran. */
    public long sampledPeakBytes() {
        return Math.max(sampled, used());
    }

    /** The sum of the heap pools' peaks since the start. */
    public long poolPeakBytes() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    @Override
    public void close() {
        running = false;
        sampled = Math.max(sampled, used());
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
