package gov.records.governance.bench;

import com.zaxxer.hikari.HikariDataSource;
import gov.records.governance.access.AccessService;
import gov.records.governance.audit.AuditChain;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditOrigin;
import gov.records.governance.audit.AuditService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audit appends on PostgreSQL from two console instances at once against one instance
 * (issue 13, item 3; DD038, DD049, DD064). An instance here is an appender of its own on
 * a connection pool of its own, in this JVM: they share only the database, as two
 * processes do (same row lock, same head re-read when the other appended). The same
 * writers, either all on one instance or half on each, each call answered only when its
 * event is on disk: appends outside a transaction (sign-ins: group commit, DD064), and
 * for comparison appends inside the writer's own transaction (a change's, DD038). Runs in
 * a fresh schema of {@code governance.bench.postgres-url}, dropped afterwards.
 */
@Component
@Profile("bench")
class AuditInstancesBenchmark implements Benchmark {

	/**
	 * Issue 13: two instances at least 0.7 times one, and at least this many events/s.
	 */
	static final int GOAL = 2_000;

	static final double RATIO_GOAL = 0.7;

	/** Callers at once for the goal: eight per instance, as many sign-ins at once. */
	static final int WRITERS = 16;

	/** The earlier measurement's four writers (two per instance), for comparison. */
	static final int FEW_WRITERS = 4;

	private static final int EVENTS = 12_000;

	/** Appends in the writers' transactions: slower, so fewer events. */
	private static final int EVENTS_IN_TRANSACTIONS = 3_000;

	private static final int ROUNDS = 3;

	private final AccessService access;

	private final ObjectProvider<AuditOrigin> origin;

	private final String url;

	private final String user;

	AuditInstancesBenchmark(AccessService access, ObjectProvider<AuditOrigin> origin,
			@Value("${governance.bench.postgres-url:jdbc:postgresql://127.0.0.1:5432/test}") String url,
			@Value("${governance.bench.postgres-user:postgres}") String user) {
		this.access = access;
		this.origin = origin;
		this.url = url;
		this.user = user;
	}

	/** One console instance: its pool, its appender, its transactions. */
	private record Instance(AuditService audit, JdbcTemplate jdbc, TransactionTemplate tx) {

		void plainInsert(long seq) {
			this.tx.executeWithoutResult((status) -> this.jdbc.update("""
					insert into bench_plain (id, seq, occurred_at, actor, actor_role, org_scope, action, target_type,
					    target_id, before_state, after_state, reason, client_address, prev_hash, hash)
					values (?, ?, ?, 'bench', 'PLATFORM_ADMIN', null, 'bench.append', 'group', ?, null, '{"n":1}',
					        'benchmark', 'system', ?, ?)
					""", seq, seq, Timestamp.from(Instant.now()), String.valueOf(seq), AuditChain.GENESIS,
					AuditChain.GENESIS));
		}

		/** An append outside any transaction: a group commit (DD064). */
		void append(int writer, int n) {
			this.audit.recordFor("bench", "PLATFORM_ADMIN",
					AuditEntry.of("bench.append", "group", writer).withAfter(Map.of("n", n)).withReason("benchmark"));
		}

		/**
		 * An append in the writer's own transaction, which holds the lock to its commit.
		 */
		void appendInTransaction(int writer, int n) {
			this.tx.executeWithoutResult((status) -> append(writer, n));
		}

	}

	@Override
	public List<BenchResult> run(BenchContext context) throws Exception {
		String schema = "bench_instances_" + Long.toString(System.currentTimeMillis(), 36);
		try (HikariDataSource admin = pool(null, 1)) {
			new JdbcTemplate(admin).execute("create schema " + schema);
			try (HikariDataSource first = pool(schema, WRITERS); HikariDataSource second = pool(schema, WRITERS)) {
				Flyway.configure()
					.dataSource(first)
					.schemas(schema)
					.defaultSchema(schema)
					.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
					.load()
					.migrate();
				Instance a = instance(first);
				Instance b = instance(second);
				rate(alternating(a, b, WRITERS), 2_000 / WRITERS, Instance::append);
				new JdbcTemplate(first).execute("create table bench_plain as select * from audit_event where 1 = 0");
				double[] one = new double[ROUNDS];
				double[] two = new double[ROUNDS];
				double[] plain = new double[ROUNDS];
				double[] fewOne = new double[ROUNDS];
				double[] fewTwo = new double[ROUNDS];
				double[] fewPlain = new double[ROUNDS];
				double[] inTransactions = new double[ROUNDS];
				for (int round = 0; round < ROUNDS; round++) {
					one[round] = rate(alternating(a, a, WRITERS), EVENTS / WRITERS, Instance::append);
					two[round] = rate(alternating(a, b, WRITERS), EVENTS / WRITERS, Instance::append);
					plain[round] = plain(alternating(a, b, WRITERS), EVENTS / WRITERS, 2 * round);
					fewOne[round] = rate(alternating(a, a, FEW_WRITERS), EVENTS / FEW_WRITERS, Instance::append);
					fewTwo[round] = rate(alternating(a, b, FEW_WRITERS), EVENTS / FEW_WRITERS, Instance::append);
					fewPlain[round] = plain(alternating(a, b, FEW_WRITERS), EVENTS / FEW_WRITERS, 2 * round + 1);
					inTransactions[round] = rate(alternating(a, b, FEW_WRITERS), EVENTS_IN_TRANSACTIONS / FEW_WRITERS,
							Instance::appendInTransaction);
				}
				List<BenchResult> results = new ArrayList<>(results(median(two), median(one), median(plain)));
				results.addAll(comparisons(median(fewTwo), median(fewOne), median(fewPlain), median(inTransactions)));
				return results;
			}
			finally {
				new JdbcTemplate(admin).execute("drop schema " + schema + " cascade");
			}
		}
	}

	/**
	 * The figure and its goal, and the same appends beside the database's own ceiling.
	 * @param two events/s from two instances
	 * @param one events/s from one instance
	 * @param plain rows/s of plain JDBC inserts of the same rows (no lock, chain or tree)
	 */
	static List<BenchResult> results(double two, double one, double plain) {
		String name = "Appends from two console instances at once on PostgreSQL, outside a transaction (group "
				+ "commit, DD064; two appenders on two connection pools in one JVM, " + WRITERS / 2
				+ " callers each, each answered once its event is on disk; median of " + ROUNDS + ")";
		return List.of(
				new BenchResult("Audit log", name, two, "events/s", one,
						"one instance with the same " + WRITERS + " callers",
						String.format(Locale.ROOT, ">= %.1fx one instance and >= %,d events/s", RATIO_GOAL, GOAL),
						two >= RATIO_GOAL * one && two >= GOAL),
				new BenchResult("Audit log",
						"The same two-instance appends beside PostgreSQL's commit ceiling (" + WRITERS + " callers)",
						two, "events/s", plain,
						"plain JDBC insert of the same rows, same " + WRITERS + " callers, one transaction each",
						"informational", true));
	}

	/**
	 * The earlier measurement's four writers (group commit gains little with so few
	 * callers), and appends inside the writers' own transactions (DD038's path, which
	 * group commit does not change).
	 */
	static List<BenchResult> comparisons(double two, double one, double plain, double inTransactions) {
		return List.of(new BenchResult("Audit log",
				"Group-committed appends from two instances with " + FEW_WRITERS + " callers (two each)", two,
				"events/s", one, "one instance with the same " + FEW_WRITERS + " callers", "informational", true),
				new BenchResult("Audit log",
						"Group-committed appends from two instances with " + FEW_WRITERS
								+ " callers beside PostgreSQL's commit ceiling",
						two, "events/s", plain,
						"plain JDBC insert of the same rows, same " + FEW_WRITERS + " callers, one transaction each",
						"informational", true),
				new BenchResult("Audit log",
						"Appends inside the callers' own transactions from two instances (" + FEW_WRITERS
								+ " callers, one event per transaction; DD038, unchanged)",
						inTransactions, "events/s", two, "group-committed appends, same " + FEW_WRITERS + " callers",
						"informational", true));
	}

	/** The writers: {@code count} of them, alternating between the two instances. */
	private static List<Instance> alternating(Instance first, Instance second, int count) {
		List<Instance> writers = new ArrayList<>();
		for (int w = 0; w < count; w++) {
			writers.add((w % 2 == 0) ? first : second);
		}
		return writers;
	}

	private Instance instance(HikariDataSource pool) {
		JdbcTemplate jdbc = new JdbcTemplate(pool);
		return new Instance(AuditService.separateInstance(jdbc, this.access, this.origin, Clock.systemUTC()), jdbc,
				new TransactionTemplate(new DataSourceTransactionManager(pool)));
	}

	/** Rows/s of plain inserts into {@code bench_plain} through the writers' pools. */
	private static double plain(List<Instance> writers, int events, int round) throws Exception {
		return rate(writers, events,
				(instance, writer, n) -> instance.plainInsert(-(round * 1_000_000L + writer * 50_000L + n + 1)));
	}

	private interface Write {

		void write(Instance instance, int writer, int n);

	}

	private static double rate(List<Instance> writers, int events, Write write) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(writers.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> runs = new ArrayList<>();
			for (int w = 0; w < writers.size(); w++) {
				Instance instance = writers.get(w);
				int writer = w;
				runs.add(pool.submit(() -> {
					start.await();
					for (int n = 0; n < events; n++) {
						write.write(instance, writer, n);
					}
					return null;
				}));
			}
			long begin = System.nanoTime();
			start.countDown();
			for (Future<?> run : runs) {
				run.get(10, TimeUnit.MINUTES);
			}
			return writers.size() * events / ((System.nanoTime() - begin) / 1e9);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private HikariDataSource pool(String schema, int size) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(this.url);
		pool.setUsername(this.user);
		pool.setPassword("");
		pool.setMaximumPoolSize(size);
		if (schema != null) {
			pool.setSchema(schema);
		}
		return pool;
	}

}
