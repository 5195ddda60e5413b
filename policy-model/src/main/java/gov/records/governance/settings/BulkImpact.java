package gov.records.governance.settings;

import gov.records.governance.compliance.Severity;
import gov.records.governance.compliance.rules.RuleInfo;
import gov.records.governance.compliance.rules.Violation;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupRow;
import gov.records.governance.groups.GroupService;
import gov.records.governance.groups.capabilities.PlatformCapabilities;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Works out what one change would do to every group a filter matches: the change is
 * checked once, the filter must match between one and {@link #LIMIT} groups of the
 * user's, every platform among them must be able to hold the settings (each platform that
 * cannot is named once, DD043), groups already at the settings are only counted, and
 * every other group gets its impact preview. Both the bulk preview and the bulk change
 * start here, so the preview shows exactly what the change will check.
 */
@Component
class BulkImpact {

	static final int LIMIT = 5_000;

	private final GroupService groups;

	private final ChangeImpact impact;

	BulkImpact(GroupService groups, ChangeImpact impact) {
		this.groups = groups;
		this.impact = impact;
	}

	/** Every matching group's impact preview; nothing is written. */
	Assessment assess(GroupFilter filter, DeletionSettings settings, String reason) {
		List<Problem> problems = SettingsValidator.check(settings, reason);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		long matching = this.groups.count(filter);
		if (matching == 0) {
			throw new ValidationException("No group matches the filter.");
		}
		if (matching > LIMIT) {
			throw new ValidationException(matching + " groups match; narrow the filter to at most " + LIMIT + ".");
		}
		DeletionSettings proposed = SettingsValidator.normalized(settings);
		List<GroupRow> rows = this.groups.list(filter, Pageable.unpaged(Sort.by("name")));
		List<Problem> unholdable = new ArrayList<>();
		rows.stream()
			.collect(java.util.stream.Collectors.toMap(GroupRow::platformName, GroupRow::platformKind, (a, b) -> a,
					java.util.TreeMap::new))
			.forEach((name, kind) -> unholdable.addAll(PlatformCapabilities.of(kind).check(name, proposed)));
		if (!unholdable.isEmpty()) {
			throw new ValidationException(unholdable);
		}
		List<ImpactPreview> previews = new ArrayList<>();
		for (GroupRow row : rows) {
			if (!row.settings().equals(proposed)) {
				previews.add(this.impact.of(
						this.groups.details(row.id())
							.orElseThrow(() -> new ValidationException("No such group in your scope.")),
						proposed, reason));
			}
		}
		return new Assessment(proposed, rows.size(), previews);
	}

	/** The counts, the refusing rules and the first groups, for the user to read. */
	static BulkPreview summary(Assessment assessment) {
		List<ImpactPreview> previews = assessment.previews();
		Map<String, Integer> groupsPerRule = new LinkedHashMap<>();
		Map<String, RuleInfo> rules = new LinkedHashMap<>();
		int opened = 0;
		int closed = 0;
		for (ImpactPreview p : previews) {
			opened += p.wouldOpen().size();
			closed += p.wouldClose().size();
			if (p.outcome() == ChangeStatus.REFUSED) {
				criticalRules(p).forEach((rule) -> {
					rules.putIfAbsent(rule.id(), rule);
					groupsPerRule.merge(rule.id(), 1, Integer::sum);
				});
			}
		}
		List<BulkPreview.RefusingRule> refusing = rules.values()
			.stream()
			.map((r) -> new BulkPreview.RefusingRule(r.id(), r.title(), r.explanation(), groupsPerRule.get(r.id())))
			.sorted(Comparator.comparingInt(BulkPreview.RefusingRule::groups).reversed())
			.toList();
		List<BulkPreview.GroupImpact> listed = previews.stream()
			.sorted(Comparator.comparingInt(BulkImpact::listOrder))
			.limit(BulkPreview.LISTED)
			.map((p) -> new BulkPreview.GroupImpact(p.groupId(), p.groupName(), p.outcome(), p.wouldOpen().size(),
					p.wouldClose().size(), p.explanation()))
			.toList();
		return new BulkPreview(assessment.matching(), assessment.unchanged(), count(previews, ChangeStatus.APPLIED),
				count(previews, ChangeStatus.PENDING_APPROVAL), count(previews, ChangeStatus.REFUSED), refusing, opened,
				closed, listed);
	}

	/**
	 * The critical rules a refused group would newly break, and the hold freeze if a hold
	 * refuses it (each once).
	 */
	private static List<RuleInfo> criticalRules(ImpactPreview p) {
		Stream<RuleInfo> frozen = p.frozenBy().isEmpty() ? Stream.empty() : Stream.of(HoldFreeze.RULE);
		return Stream
			.concat(frozen,
					p.wouldOpen().stream().map(Violation::rule).filter((rule) -> rule.severity() == Severity.CRITICAL))
			.distinct()
			.toList();
	}

	private static int listOrder(ImpactPreview p) {
		return switch (p.outcome()) {
			case REFUSED -> 0;
			case PENDING_APPROVAL -> 1;
			case APPLIED -> 2;
		};
	}

	private static int count(List<ImpactPreview> previews, ChangeStatus status) {
		return (int) previews.stream().filter((p) -> p.outcome() == status).count();
	}

	/**
	 * The normalized settings, how many groups matched, and the preview of each group
	 * they would change (in name order).
	 */
	record Assessment(DeletionSettings proposed, int matching, List<ImpactPreview> previews) {

		Assessment {
			previews = List.copyOf(previews);
		}

		int unchanged() {
			return this.matching - this.previews.size();
		}

		List<ImpactPreview> refused() {
			return this.previews.stream().filter((p) -> p.outcome() == ChangeStatus.REFUSED).toList();
		}

	}

}
