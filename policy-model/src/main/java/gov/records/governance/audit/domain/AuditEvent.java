package gov.records.governance.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One audit event: who did what to which target, when, from where, with the state before
 * and after and the reason. Each event carries the hash of its canonical form chained to
 * the previous event's hash, so any edit, deletion or reordering is detectable. Never
 * updated or deleted.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long seq;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	private String actor;

	@Column(name = "actor_role")
	private @Nullable String actorRole;

	@Column(name = "org_scope")
	private @Nullable String orgScope;

	private String action;

	@Column(name = "target_type")
	private @Nullable String targetType;

	@Column(name = "target_id")
	private @Nullable String targetId;

	@Column(name = "before_state")
	private @Nullable String beforeState;

	@Column(name = "after_state")
	private @Nullable String afterState;

	private @Nullable String reason;

	@Column(name = "client_address")
	private @Nullable String clientAddress;

	@Column(name = "prev_hash")
	private String prevHash;

	private String hash;

	protected AuditEvent() {
		this.occurredAt = Instant.EPOCH;
		this.actor = "";
		this.action = "";
		this.prevHash = "";
		this.hash = "";
	}

	public AuditEvent(long seq, Instant occurredAt, String actor, @Nullable String actorRole, @Nullable String orgScope,
			String action, @Nullable String targetType, @Nullable String targetId, @Nullable String beforeState,
			@Nullable String afterState, @Nullable String reason, @Nullable String clientAddress, String prevHash,
			String hash) {
		this.seq = seq;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.actorRole = actorRole;
		this.orgScope = orgScope;
		this.action = action;
		this.targetType = targetType;
		this.targetId = targetId;
		this.beforeState = beforeState;
		this.afterState = afterState;
		this.reason = reason;
		this.clientAddress = clientAddress;
		this.prevHash = prevHash;
		this.hash = hash;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getSeq() {
		return this.seq;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public @Nullable String getActorRole() {
		return this.actorRole;
	}

	public @Nullable String getOrgScope() {
		return this.orgScope;
	}

	public String getAction() {
		return this.action;
	}

	public @Nullable String getTargetType() {
		return this.targetType;
	}

	public @Nullable String getTargetId() {
		return this.targetId;
	}

	public @Nullable String getBeforeState() {
		return this.beforeState;
	}

	public @Nullable String getAfterState() {
		return this.afterState;
	}

	public @Nullable String getReason() {
		return this.reason;
	}

	public @Nullable String getClientAddress() {
		return this.clientAddress;
	}

	public String getPrevHash() {
		return this.prevHash;
	}

	public String getHash() {
		return this.hash;
	}

}
