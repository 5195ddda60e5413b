package gov.records.governance.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap a piece of work needs: the largest heap occupancy right after any garbage
 * collection while it runs (what a JVM with that much heap would have to hold), plus the
 * occupancy at the end. Occupancy after a young collection still includes old garbage not
 * yet collected, so the figure errs on the high side.
 */
final class HeapWatch implements AutoCloseable {

	private final AtomicLong peakAfterGc = new AtomicLong();

	private final List<Runnable> removals = new ArrayList<>();

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter((pool) -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	HeapWatch() {
		System.gc();
		NotificationListener listener = (notification, handback) -> {
			if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				return;
			}
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long used = 0;
			for (var entry : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
				if (this.heapPools.contains(entry.getKey())) {
					used += entry.getValue().getUsed();
				}
			}
			this.peakAfterGc.accumulateAndGet(used, Math::max);
		};
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(listener, null, null);
				this.removals.add(() -> {
					try {
						emitter.removeNotificationListener(listener);
					}
					catch (javax.management.ListenerNotFoundException ex) {
						// already gone
					}
				});
			}
		}
	}

	/** The peak in megabytes (at least the occupancy now). */
	double peakMegabytes() {
		MemoryUsage now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		return Math.max(this.peakAfterGc.get(), now.getUsed()) / (1024.0 * 1024.0);
	}

	@Override
	public void close() {
		this.removals.forEach(Runnable::run);
	}

}
