package gov.records.governance.api;

import gov.records.governance.backends.BackendStatusService;
import gov.records.governance.backends.LiveGroupState;
import gov.records.governance.groups.GroupService;
import gov.records.governance.settings.OutboxEntryRow;
import gov.records.governance.settings.OutboxService;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A group as its backend has it: the live settings beside the governed ones (with the
 * differences, if it drifted) and the pushes of its changes with their outcome.
 */
@RestController
class GroupBackendApi {

	private final GroupService groups;

	private final BackendStatusService status;

	private final OutboxService outbox;

	GroupBackendApi(GroupService groups, BackendStatusService status, OutboxService outbox) {
		this.groups = groups;
		this.status = status;
		this.outbox = outbox;
	}

	/**
	 * The live state (null until the backend has reported the group), whether it is in
	 * step with the governed settings, and the pushes.
	 */
	record BackendBody(@Nullable LiveGroupState live, boolean inStep, List<OutboxEntryRow> pushes) {
	}

	@GetMapping("/api/groups/{id}/backend")
	BackendBody backend(@PathVariable long id) {
		if (this.groups.details(id).isEmpty()) {
			throw new NotFoundException("No such group in your scope.");
		}
		LiveGroupState live = this.status.liveState(id).orElse(null);
		return new BackendBody(live, live != null && live.inStep(), this.outbox.forGroup(id, 20));
	}

}
