package gov.records.governance.settings;

import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.DeletionSettingsRow;
import gov.records.governance.holds.HoldCoverage;
import gov.records.governance.holds.HoldsChanged;
import gov.records.governance.settings.domain.ChangeRequest;
import gov.records.governance.settings.domain.ChangeRequests;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a hold is placed, every change still waiting for approval that the hold now
 * freezes (it would let held messages be deleted sooner) is blocked at once, in the same
 * transaction, with the hold and what the change would have done; each block is audited.
 * A blocked request stays blocked: after the release a new request is made against the
 * settings then in force (DD024).
 */
@Component
class PendingChangeBlocker {

	private final ChangeRequests requests;

	private final HoldCoverage holds;

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	private final Clock clock;

	PendingChangeBlocker(ChangeRequests requests, HoldCoverage holds, JdbcTemplate jdbc, AuditService audit,
			Clock clock) {
		this.requests = requests;
		this.holds = holds;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	void onHoldsChanged(HoldsChanged event) {
		List<ChangeRequest> pending = this.requests.findByStatusOrderByRequestedAtAsc("PENDING");
		if (pending.isEmpty()) {
			return;
		}
		Map<Long, Set<String>> held = this.holds.on(pending.stream().map(ChangeRequest::getGroupId).toList());
		for (ChangeRequest request : pending) {
			Set<String> by = held.get(request.getGroupId());
			Optional<Current> current = (by == null) ? Optional.empty() : current(request.getGroupId());
			if (current.isEmpty()) {
				continue;
			}
			List<String> loosenings = HoldFreeze.loosenings(current.get().settings(), request.settings());
			if (loosenings.isEmpty()) {
				continue;
			}
			String why = "Blocked when " + event.caseReference() + " was placed. "
					+ HoldFreeze.explanation(current.get().name(), new TreeSet<>(by), loosenings)
					+ " Ask for a new change after the hold is released.";
			request.block(this.clock.instant(), why);
			this.requests.save(request);
			this.audit.record(AuditEntry.of("settings.change.blocked", "change_request", request.getId())
				.withAfter(Map.of("group", current.get().name(), "requestedBy", request.getRequestedBy(), "holds",
						List.copyOf(by), "rules", List.of(HoldFreeze.RULE.id()), "attempted",
						SettingsWrites.state(request.settings())))
				.withReason(why));
		}
		this.requests.flush();
	}

	private Optional<Current> current(long groupId) {
		return this.jdbc.query("""
				select g.name, v.auto_delete, v.max_lifetime_seconds, v.burn_on_read_seconds, v.shredder_intensity,
				       v.capture_enabled
				from messaging_group g join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
				where g.id = ?
				""", (ResultSet rs, int n) -> new Current(rs.getString(1), DeletionSettingsRow.read(rs, 2)), groupId)
			.stream()
			.findFirst();
	}

	private record Current(String name, DeletionSettings settings) {

		Current {
			Objects.requireNonNull(name);
		}

	}

}
