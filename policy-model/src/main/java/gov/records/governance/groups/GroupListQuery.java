package gov.records.governance.groups;

import gov.records.governance.platforms.PlatformKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Builds and runs the Groups list query: one JPQL statement joining each group to its
 * organization, platform and current policy version, filtered and sorted in the database.
 * Sort properties come from a fixed list, and filter values are bound as parameters, so
 * nothing a user types reaches the SQL text.
 */
@Component
class GroupListQuery {

	/** Sortable properties of {@link GroupRow} and the JPQL expression each sorts by. */
	static final Map<String, String> SORTABLE = Map.of("name", "g.name", "externalId", "g.externalId",
			"organizationName", "o.name", "platformName", "p.name", "autoDelete", "v.autoDelete", "maxLifetime",
			"v.maxLifetimeSeconds", "captureEnabled", "v.captureEnabled");

	private static final String FROM = """
			from MessagingGroup g
			join Organization o on o.id = g.organizationId
			join Platform p on p.id = g.platformId
			join DeletionPolicyVersion v on v.groupId = g.id and v.validTo is null
			""";

	private static final String SELECT = """
			select g.id, g.name, g.externalId, g.organizationId, o.name, g.platformId, p.name, p.kind,
			       v.autoDelete, v.maxLifetimeSeconds, v.burnOnReadSeconds, v.shredderIntensity, v.captureEnabled
			""";

	private final EntityManager em;

	GroupListQuery(EntityManager em) {
		this.em = em;
	}

	List<GroupRow> page(GroupFilter filter, Set<Long> organizationIds, Pageable pageable) {
		StringBuilder jpql = new StringBuilder(SELECT).append(FROM);
		appendWhere(jpql, filter);
		jpql.append(" order by ").append(orderBy(pageable.getSort()));
		TypedQuery<Object[]> query = this.em.createQuery(jpql.toString(), Object[].class);
		bind(query, filter, organizationIds);
		if (pageable.isPaged()) {
			query.setFirstResult((int) pageable.getOffset());
			query.setMaxResults(pageable.getPageSize());
		}
		return query.getResultList().stream().map(GroupListQuery::toRow).toList();
	}

	Optional<GroupRow> byId(long groupId) {
		return this.em.createQuery(SELECT + FROM + " where g.id = :id", Object[].class)
			.setParameter("id", groupId)
			.getResultStream()
			.findFirst()
			.map(GroupListQuery::toRow);
	}

	long count(GroupFilter filter, Set<Long> organizationIds) {
		StringBuilder jpql = new StringBuilder("select count(g) ").append(FROM);
		appendWhere(jpql, filter);
		TypedQuery<Long> query = this.em.createQuery(jpql.toString(), Long.class);
		bind(query, filter, organizationIds);
		return query.getSingleResult();
	}

	private static void appendWhere(StringBuilder jpql, GroupFilter filter) {
		jpql.append(" where g.organizationId in :orgs");
		if (filter.platformId() != null) {
			jpql.append(" and g.platformId = :platform");
		}
		if (filter.autoDelete() != null) {
			jpql.append(" and v.autoDelete = :autoDelete");
		}
		if (namePattern(filter) != null) {
			jpql.append(" and lower(g.name) like :name escape '\\'");
		}
	}

	private static void bind(TypedQuery<?> query, GroupFilter filter, Set<Long> organizationIds) {
		query.setParameter("orgs", organizationIds);
		if (filter.platformId() != null) {
			query.setParameter("platform", filter.platformId());
		}
		if (filter.autoDelete() != null) {
			query.setParameter("autoDelete", filter.autoDelete());
		}
		String pattern = namePattern(filter);
		if (pattern != null) {
			query.setParameter("name", pattern);
		}
	}

	/**
	 * A LIKE pattern matching the text as a literal substring, or null when there is no
	 * text.
	 */
	static @Nullable String namePattern(GroupFilter filter) {
		String text = filter.nameContains();
		if (text == null || text.isBlank()) {
			return null;
		}
		String escaped = text.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static String orderBy(Sort sort) {
		List<String> parts = new ArrayList<>();
		for (Sort.Order order : sort) {
			String expression = SORTABLE.get(order.getProperty());
			if (expression == null) {
				throw new IllegalArgumentException("Groups cannot be sorted by '" + order.getProperty() + "'");
			}
			parts.add(expression + (order.isAscending() ? " asc" : " desc"));
		}
		if (parts.isEmpty()) {
			parts.add("g.name asc");
		}
		parts.add("g.id asc");
		return String.join(", ", parts);
	}

	private static GroupRow toRow(Object[] r) {
		DeletionSettings settings = new DeletionSettings((Boolean) r[8], seconds(r[9]), seconds(r[10]), (Integer) r[11],
				(Boolean) r[12]);
		return new GroupRow((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (String) r[4], (Long) r[5],
				(String) r[6], (PlatformKind) r[7], settings);
	}

	private static @Nullable Duration seconds(@Nullable Object value) {
		return (value != null) ? Duration.ofSeconds(((Number) value).longValue()) : null;
	}

}
