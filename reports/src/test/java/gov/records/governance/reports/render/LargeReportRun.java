package gov.records.governance.reports.render;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Renders the sample report with many rows: run by PdfReportRendererTest in a JVM with a
 * small heap. Prints the time and the largest live heap seen after a full collection.
 */
public final class LargeReportRun {

	private LargeReportRun() {
	}

	public static void main(String[] args) throws Exception {
		int rows = Integer.parseInt(args[0]);
		Path target = Path.of(args[1]);
		AtomicLong maxLive = new AtomicLong();
		Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
						.from((CompositeData) notification.getUserData());
					if (info.getGcAction().contains("major")) {
						long used = info.getGcInfo()
							.getMemoryUsageAfterGc()
							.entrySet()
							.stream()
							.filter((pool) -> heapPools.contains(pool.getKey()))
							.mapToLong((pool) -> pool.getValue().getUsed())
							.sum();
						maxLive.accumulateAndGet(used, Math::max);
					}
				}
			}, null, null);
		}
		long started = System.nanoTime();
		try (OutputStream out = Files.newOutputStream(target)) {
			new PdfReportRenderer().render(SampleReports.evidenceReport(rows), out);
		}
		System.out.printf(
				"rendered %d rows in %d ms, %d KB of PDF, max heap %d MB, largest live heap after a full GC %d MB%n",
				rows, (System.nanoTime() - started) / 1_000_000, Files.size(target) / 1024,
				Runtime.getRuntime().maxMemory() >> 20, maxLive.get() >> 20);
	}

}
