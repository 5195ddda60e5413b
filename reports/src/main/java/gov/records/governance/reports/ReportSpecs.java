package gov.records.governance.reports;

import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.TreeRange;
import gov.records.governance.reports.evidence.ReportScope;
import gov.records.governance.reports.evidence.ReportSpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parameters of a report: written once as canonical JSON (sorted keys) when it is
 * requested, read back to generate it, so the archive row says exactly what was asked.
 */
@Component
class ReportSpecs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OrganizationService organizations;

	private final DispositionStore drafts;

	ReportSpecs(OrganizationService organizations, DispositionStore drafts) {
		this.organizations = organizations;
		this.drafts = drafts;
	}

	static String parameters(ReportType type, long organizationId, @Nullable Instant from, Instant asOf,
			@Nullable String recommendation, @Nullable Long draftId) {
		Map<String, Object> map = new TreeMap<>();
		map.put("type", type.name());
		map.put("organizationId", organizationId);
		if (from != null) {
			map.put("from", from.toString());
		}
		map.put("asOf", asOf.toString());
		if (recommendation != null) {
			map.put("recommendation", recommendation);
		}
		if (draftId != null) {
			map.put("dispositionDraftId", draftId);
		}
		return JSON.writeValueAsString(map);
	}

	/**
	 * The spec of a requested report, scoped to the current user's view of its
	 * organization.
	 */
	ReportSpec of(ReportSummary row, Instant generatedAt) {
		JsonNode json = JSON.readTree(row.parameters());
		List<TreeRange> ranges = this.organizations.visibleRanges(row.organizationId());
		if (ranges.isEmpty()) {
			throw new IllegalStateException(
					"organization " + row.organizationId() + " is not in the requester's scope");
		}
		String orgName = this.organizations.fullTree()
			.find(row.organizationId())
			.map(OrganizationNode::label)
			.orElse("#" + row.organizationId());
		ReportScope scope = new ReportScope(row.organizationId(), orgName, ranges);
		Instant asOf = row.asOf();
		Instant from = (row.from() != null) ? row.from() : asOf.minus(java.time.Duration.ofDays(90));
		String recommendation = json.hasNonNull("recommendation") ? json.get("recommendation").asString() : null;
		ReportSpec.SignedDisposition disposition = null;
		SequencedMap<String, String> shown = new LinkedHashMap<>();
		shown.put("Report", row.type().title());
		shown.put("Organization", orgName);
		if (row.type().coversPeriod()) {
			shown.put("Period", "after " + from + " up to and including " + asOf);
		}
		shown.put("As of", asOf.toString());
		if (json.hasNonNull("dispositionDraftId")) {
			long draftId = json.get("dispositionDraftId").asLong();
			disposition = this.drafts.signed(draftId)
				.orElseThrow(() -> new IllegalStateException("disposition draft " + draftId + " is not signed off"));
			shown.put("Finding", "#" + disposition.findingId());
		}
		if (recommendation != null && !recommendation.isBlank()) {
			shown.put("Recommendation", recommendation.strip());
		}
		return new ReportSpec(row.type(), scope, from, asOf, shown, recommendation, disposition, generatedAt);
	}

}
