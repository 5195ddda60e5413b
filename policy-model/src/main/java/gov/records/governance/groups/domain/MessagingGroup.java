package gov.records.governance.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The unit a deletion setting applies to: a Wickr security group, a Mattermost team or
 * channel, a Matrix room. Refers to its organization and platform by id.
 */
@Entity
@Table(name = "messaging_group")
public class MessagingGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "platform_id")
	private long platformId;

	@Column(name = "organization_id")
	private long organizationId;

	@Column(name = "external_id")
	private String externalId;

	private String name;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected MessagingGroup() {
		this.externalId = "";
		this.name = "";
		this.createdAt = Instant.EPOCH;
	}

	public MessagingGroup(long platformId, long organizationId, String externalId, String name, Instant createdAt) {
		this.platformId = platformId;
		this.organizationId = organizationId;
		this.externalId = externalId;
		this.name = name;
		this.createdAt = createdAt;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getPlatformId() {
		return this.platformId;
	}

	public long getOrganizationId() {
		return this.organizationId;
	}

	public String getExternalId() {
		return this.externalId;
	}

	public String getName() {
		return this.name;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
