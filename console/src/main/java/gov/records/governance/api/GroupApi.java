package gov.records.governance.api;

import gov.records.governance.durability.KillPoint;
import gov.records.governance.compliance.ComplianceService;
import gov.records.governance.compliance.AssessedGroup;
import gov.records.governance.compliance.GroupAssessment;
import gov.records.governance.groups.GroupDetails;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupRow;
import gov.records.governance.groups.GroupService;
import gov.records.governance.groups.PolicyVersionRow;
import gov.records.governance.settings.ChangeOutcome;
import gov.records.governance.settings.ChangeStatus;
import gov.records.governance.settings.ImpactPreview;
import gov.records.governance.settings.SettingsChangeService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Groups, their effective policy and settings history, and governed changes to their
 * settings.
 */
@RestController
@RequestMapping("/api/groups")
class GroupApi {

	private final GroupService groups;

	private final ComplianceService compliance;

	private final SettingsChangeService changes;

	GroupApi(GroupService groups, ComplianceService compliance, SettingsChangeService changes) {
		this.groups = groups;
		this.compliance = compliance;
		this.changes = changes;
	}

	@GetMapping
	List<Map<String, Object>> list(@RequestParam(required = false) Long organizationId,
			@RequestParam(required = false) Long platformId, @RequestParam(required = false) Boolean autoDelete,
			@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "name") String sort) {
		GroupFilter filter = new GroupFilter(organizationId, platformId, autoDelete, name);
		return this.groups.list(filter, Paging.of(page, size, 500, Sort.by(sort))).stream().map(GroupApi::row).toList();
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable long id) {
		AssessedGroup assessed = this.compliance.assessWithDetails(id)
			.orElseThrow(() -> NotFoundException.of("Group " + id));
		GroupDetails details = assessed.details();
		GroupAssessment assessment = assessed.assessment();
		return Map.of("group", row(details.group()), "version", details.version(), "accounts", details.accountCount(),
				"requiredRetention", assessment.policy().requirement().label(), "policyExplanation",
				assessment.policy().explanation(), "violations",
				assessment.violations()
					.stream()
					.map((v) -> Map.of("rule", v.rule().id(), "summary", v.summary()))
					.toList());
	}

	@GetMapping("/{id}/history")
	List<Map<String, Object>> history(@PathVariable long id) {
		// every group has at least one version: an empty history is a group that is not
		// visible (checked only then, instead of a second transaction per request)
		List<PolicyVersionRow> versions = this.groups.history(id);
		if (versions.isEmpty()) {
			requireVisible(id);
		}
		return versions.stream().map(GroupApi::version).toList();
	}

	/** The settings in force at a moment (ISO-8601 instant). */
	@GetMapping("/{id}/settings")
	Map<String, Object> settingsAt(@PathVariable long id, @RequestParam Instant at) {
		requireVisible(id);
		return this.groups.settingsAt(id, at)
			.map(GroupApi::version)
			.orElseThrow(() -> NotFoundException.of("Settings of group " + id + " at " + at));
	}

	@PostMapping("/{id}/changes/preview")
	ImpactPreview preview(@PathVariable long id, @RequestBody ChangeBody body) {
		return this.changes.preview(body.toChange(id));
	}

	@PostMapping("/{id}/changes")
	ResponseEntity<ChangeOutcome> submit(@PathVariable long id, @RequestBody ChangeBody body) {
		ChangeOutcome outcome = this.changes.submit(body.toChange(id));
		KillPoint.reach("change.committed");
		return ResponseEntity
			.status((outcome.status() == ChangeStatus.APPLIED) ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
			.body(outcome);
	}

	private void requireVisible(long id) {
		if (!this.groups.isVisible(id)) {
			throw NotFoundException.of("Group " + id);
		}
	}

	private static Map<String, Object> row(GroupRow g) {
		return Map.of("id", g.id(), "name", g.name(), "externalId", g.externalId(), "organizationId",
				g.organizationId(), "organization", g.organizationName(), "platformId", g.platformId(), "platform",
				g.platformName(), "settings", SettingsBody.of(g.settings()));
	}

	private static Map<String, Object> version(PolicyVersionRow v) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		map.put("id", v.id());
		map.put("settings", SettingsBody.of(v.settings()));
		map.put("validFrom", v.validFrom().toString());
		map.put("validTo", (v.validTo() != null) ? v.validTo().toString() : null);
		map.put("changedBy", v.changedBy());
		map.put("reason", v.reason());
		map.put("requestedBy", v.requestedBy());
		map.put("approvedBy", v.approvedBy());
		return map;
	}

}
