package gov.records.governance.audit;

import gov.records.governance.durability.KillPoint;
import gov.records.governance.evidence.checkpoint.Checkpoint;
import gov.records.governance.evidence.merkle.Hash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The checkpoints the console has handed out (DD017): each new size is committed to the
 * {@code published_checkpoint} table in a transaction of its own, and the newest is also
 * written, synced, to a witness file outside the database
 * ({@code governance.log.witness-file}), so that a database restored from an old backup
 * or replaced cannot make the console forget what it signed.
 */
@Component
class PublishedCheckpoints {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	private final LogProperties properties;

	private final Clock clock;

	PublishedCheckpoints(JdbcTemplate jdbc, PlatformTransactionManager transactions, LogProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.clock = clock;
	}

	/** The largest checkpoint in the table or the witness file. */
	Optional<SignedCheckpoint> newest() {
		Optional<SignedCheckpoint> stored = this.own.execute((status) -> this.jdbc.query(
				"select tree_size, root_hash, signed_note from published_checkpoint order by tree_size desc"
						+ " fetch first 1 rows only",
				(rs) -> rs.next()
						? Optional
							.of(new SignedCheckpoint(rs.getLong(1), Hash.fromHex(rs.getString(2)), rs.getString(3)))
						: Optional.<SignedCheckpoint>empty()));
		Optional<SignedCheckpoint> witnessed = witness();
		if (witnessed.isPresent() && (stored.isEmpty() || witnessed.get().treeSize() > stored.get().treeSize())) {
			return witnessed;
		}
		return stored;
	}

	/**
	 * Keeps a newly signed checkpoint, durably, before it is handed out; sizes already
	 * kept are left as they are.
	 */
	void record(long treeSize, Hash root, String signedNote) {
		try {
			this.own.executeWithoutResult((status) -> {
				Integer known = this.jdbc.queryForObject(
						"select count(*) from published_checkpoint where tree_size = ?", Integer.class, treeSize);
				if (known == null || known == 0) {
					this.jdbc.update(
							"insert into published_checkpoint (tree_size, root_hash, signed_note, published_at)"
									+ " values (?, ?, ?, ?)",
							treeSize, root.toHex(), signedNote, Timestamp.from(this.clock.instant()));
				}
			});
		}
		catch (DuplicateKeyException ex) {
			// another instance kept the same size at the same moment
		}
		KillPoint.reach("checkpoint.recorded");
		Path file = this.properties.witnessPath();
		if (file != null && witness().map((w) -> w.treeSize() < treeSize).orElse(true)) {
			writeSynced(file, signedNote);
		}
	}

	private Optional<SignedCheckpoint> witness() {
		Path file = this.properties.witnessPath();
		if (file == null || !Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			String note = Files.readString(file, StandardCharsets.UTF_8);
			int end = note.indexOf("\n\n");
			if (end < 0) {
				throw new IllegalStateException("the checkpoint witness file " + file + " is not a signed checkpoint");
			}
			Checkpoint checkpoint = Checkpoint.parse(note.substring(0, end + 1));
			return Optional.of(new SignedCheckpoint(checkpoint.treeSize(), checkpoint.rootHash(), note));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the checkpoint witness file " + file, ex);
		}
	}

	/** Write to a temporary file, sync it, move it into place, sync the folder. */
	private static void writeSynced(Path file, String text) {
		Path folder = file.toAbsolutePath().getParent();
		try {
			Files.createDirectories(folder);
			Path temporary = Files.createTempFile(folder, ".published-checkpoint", ".tmp");
			try {
				restrict(temporary);
				try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)) {
					channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
					channel.force(true);
				}
				try {
					Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			syncFolder(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the checkpoint witness file " + file, ex);
		}
	}

	private static void restrict(Path path) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system
		}
	}

	private static void syncFolder(@Nullable Path folder) {
		if (folder == null) {
			return;
		}
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// some file systems cannot open a folder for syncing; the file itself is
			// synced
		}
	}

}
