package gov.records.governance.groups;

import gov.records.governance.groups.domain.DeletionPolicyVersion;
import gov.records.governance.groups.domain.DeletionPolicyVersions;
import gov.records.governance.groups.domain.MessagingGroup;
import gov.records.governance.groups.domain.MessagingGroups;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends a version to a group's settings history: moves the group to its next version,
 * closes the version in force and adds the new one, all or nothing, and only if the group
 * is still at the version the change was made against (the second of two concurrent edits
 * gets a clear conflict; the database row lock makes it wait for the first). Called by
 * the governed change service, never by views.
 */
@Component
public class PolicyVersionWriter {

	private final MessagingGroups groups;

	private final DeletionPolicyVersions versions;

	PolicyVersionWriter(MessagingGroups groups, DeletionPolicyVersions versions) {
		this.groups = groups;
		this.versions = versions;
	}

	/** The group's current version number (what a change must be made against). */
	@Transactional(readOnly = true)
	public long currentVersion(long groupId) {
		return this.groups.findById(groupId)
			.map(MessagingGroup::getVersion)
			.orElseThrow(() -> new ValidationException("No such group."));
	}

	/**
	 * Appends the settings as the version in force from {@code at}, changed and asked for
	 * by the same user; returns the new version's id.
	 */
	@Transactional
	public long append(long groupId, long expectedVersion, DeletionSettings settings, Instant at, String changedBy,
			String reason, @Nullable String approvedBy) {
		return append(groupId, expectedVersion, settings, at, changedBy, reason, changedBy, approvedBy);
	}

	/**
	 * Appends the settings as the version in force from {@code at}: {@code changedBy}
	 * applied it, {@code requestedBy} asked for it and {@code approvedBy} (if anyone)
	 * approved it; returns the new version's id.
	 */
	@Transactional
	public long append(long groupId, long expectedVersion, DeletionSettings settings, Instant at, String changedBy,
			String reason, String requestedBy, @Nullable String approvedBy) {
		MessagingGroup group = this.groups.findById(groupId)
			.orElseThrow(() -> new ValidationException("No such group."));
		String name = group.getName();
		if (this.groups.advanceVersion(groupId, expectedVersion) != 1) {
			throw new StaleEditException("Group " + name);
		}
		DeletionPolicyVersion current = this.versions.findByGroupIdAndValidToIsNull(groupId).orElse(null);
		Instant from = at;
		if (current != null) {
			if (!at.isAfter(current.getValidFrom())) {
				from = current.getValidFrom().plusMillis(1);
			}
			current.closeAt(from);
			this.versions.saveAndFlush(current);
		}
		DeletionPolicyVersion added = this.versions.saveAndFlush(
				new DeletionPolicyVersion(groupId, settings, from, changedBy, reason, requestedBy, approvedBy));
		return Objects.requireNonNull(added.getId());
	}

}
