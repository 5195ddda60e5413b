package gov.records.governance.holds;

import gov.records.governance.holds.domain.LegalHold;
import gov.records.governance.holds.domain.LegalHoldScope;
import gov.records.governance.holds.domain.LegalHolds;
import gov.records.governance.organizations.OrganizationScope;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.OrganizationTree;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holds as the current user may see them, scoped like every other read: a hold is listed
 * when part of its scope reaches the user's organizations (an account or group in them,
 * an organization in them or above them, since a hold on a department covers its
 * components). Only that part is named; the rest is counted, so no group, account or
 * organization outside the user's scope is disclosed by a hold.
 */
@Component
class HoldReads {

	private final LegalHolds holds;

	private final JdbcClient jdbc;

	private final OrganizationService organizations;

	private final Clock clock;

	HoldReads(LegalHolds holds, JdbcClient jdbc, OrganizationService organizations, Clock clock) {
		this.holds = holds;
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** Active holds first, newest first within each. */
	List<HoldRow> list() {
		Reading reading = reading("", List.of());
		List<HoldRow> rows = new ArrayList<>();
		for (LegalHold hold : this.holds.findAllByOrderByStartedAtDesc()) {
			reading.row(hold).ifPresent(rows::add);
		}
		rows.sort((a, b) -> Boolean.compare(b.active(), a.active()));
		return rows;
	}

	/**
	 * The one hold by id, read by its key with the same scope check as {@link #list()};
	 * empty when it does not exist or no part of it reaches the user's organizations.
	 */
	Optional<HoldRow> find(long id) {
		return this.holds.findById(id).flatMap((hold) -> reading(" where hold_id = ?", List.of(id)).row(hold));
	}

	/**
	 * What naming a hold's scope needs: the user's scope, the organization tree, and the
	 * names of the groups and accounts in the scope entries that {@code entries} (a
	 * {@code where} clause on {@code legal_hold_scope}, or nothing) selects.
	 */
	private Reading reading(String entries, List<Object> params) {
		return new Reading(this.clock.instant(), this.organizations.fullTree(), this.organizations.currentScope(),
				named("select g.id, g.name, g.organization_id from messaging_group g"
						+ " where g.id in (select group_id from legal_hold_scope" + entries + ")", params),
				named("select a.id, a.display_name, a.organization_id from account a"
						+ " where a.id in (select account_id from legal_hold_scope" + entries + ")", params));
	}

	/** The entry in words, or null when it lies outside the user's scope. */
	private static @Nullable String describe(LegalHoldScope s, OrganizationTree tree, OrganizationScope scope,
			Map<Long, Named> groups, Map<Long, Named> accounts) {
		return switch (s.getScopeKind()) {
			case ORGANIZATION -> {
				long org = Objects.requireNonNull(s.getOrganizationId());
				boolean reaches = scope.contains(org) || tree.subtreeIds(org).stream().anyMatch(scope::contains);
				yield reaches ? "Organization " + tree.find(org).map((o) -> o.name()).orElse("#" + org) + " and below"
						: null;
			}
			case GROUP -> visible("Group ", groups.get(s.getGroupId()), scope);
			case ACCOUNT -> visible("Account ", accounts.get(s.getAccountId()), scope);
		};
	}

	private static @Nullable String visible(String prefix, @Nullable Named named, OrganizationScope scope) {
		return (named != null && scope.contains(named.organizationId())) ? prefix + named.name() : null;
	}

	private Map<Long, Named> named(String sql, List<Object> params) {
		Map<Long, Named> names = new HashMap<>();
		this.jdbc.sql(sql).params(params).query((rs) -> {
			names.put(rs.getLong(1), new Named(rs.getString(2), rs.getLong(3)));
		});
		return names;
	}

	private static HoldRow toRow(LegalHold h, Instant now, List<String> scope) {
		return new HoldRow(Objects.requireNonNull(h.getId()), h.getVersion(), h.getKind(), h.getCaseReference(),
				h.getTitle(), h.getDescription(), h.getStartedAt(), h.getReleasedAt(), h.getReleaseReason(),
				h.getPlacedBy(), h.getReleasedBy(), List.copyOf(scope), h.isActiveAt(now));
	}

	private record Named(String name, long organizationId) {
	}

	private record Reading(Instant now, OrganizationTree tree, OrganizationScope scope, Map<Long, Named> groups,
			Map<Long, Named> accounts) {

		/** The hold as the user may see it; empty when none of its scope is theirs. */
		Optional<HoldRow> row(LegalHold hold) {
			List<String> visible = new ArrayList<>();
			int hidden = 0;
			for (LegalHoldScope entry : hold.getScope()) {
				String text = describe(entry, this.tree, this.scope, this.groups, this.accounts);
				if (text != null) {
					visible.add(text);
				}
				else {
					hidden++;
				}
			}
			if (visible.isEmpty()) {
				return Optional.empty();
			}
			Collections.sort(visible);
			if (hidden > 0) {
				visible.add(hidden + " more outside your organizations");
			}
			return Optional.of(toRow(hold, this.now, visible));
		}

	}

}
