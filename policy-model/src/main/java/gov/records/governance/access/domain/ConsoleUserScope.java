package gov.records.governance.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Binds a console user (by login name) to the subtree under one organization. */
@Entity
@Table(name = "console_user_scope")
@IdClass(ConsoleUserScope.Key.class)
public class ConsoleUserScope {

	@Id
	private String username;

	@Id
	@Column(name = "organization_id")
	private long organizationId;

	protected ConsoleUserScope() {
		this.username = "";
	}

	public ConsoleUserScope(String username, long organizationId) {
		this.username = username;
		this.organizationId = organizationId;
	}

	public String getUsername() {
		return this.username;
	}

	public long getOrganizationId() {
		return this.organizationId;
	}

	/** Composite key of a scope row. */
	public record Key(String username, long organizationId) implements Serializable {

		public Key() {
			this("", 0);
		}

	}

}
