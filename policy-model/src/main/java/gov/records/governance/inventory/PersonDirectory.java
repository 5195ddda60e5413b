package gov.records.governance.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the person an inventory's user is: an account whose id on any platform is the
 * user (ignoring case; official accounts on sanctioned platforms first), else the one
 * account whose display name is the user. Looked up in chunks, never the whole table.
 */
final class PersonDirectory {

	private static final int CHUNK = 500;

	/** A known person: the account found, with what a new account copies from it. */
	record Person(long accountId, long organizationId, String displayName, String roleCategory, String positionTitle) {
	}

	private final Map<String, Person> byId = new HashMap<>();

	private final Map<String, List<Person>> byName = new HashMap<>();

	PersonDirectory(JdbcTemplate jdbc, Collection<String> users) {
		List<String> keys = users.stream().map(PersonDirectory::key).distinct().toList();
		for (int from = 0; from < keys.size(); from += CHUNK) {
			List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
			String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
			List<Object> args = new ArrayList<>(chunk);
			args.addAll(chunk);
			jdbc.query("""
					select a.id, a.organization_id, a.display_name, a.role_category, a.position_title,
					       lower(a.external_id), lower(a.display_name), a.official, p.sanctioned
					from account a join platform p on p.id = a.platform_id
					where lower(a.external_id) in (%s) or lower(a.display_name) in (%s)
					order by p.sanctioned desc, a.official desc, a.id
					""".formatted(marks, marks), (rs) -> {
				Person person = new Person(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						(rs.getString(5) != null) ? rs.getString(5) : "");
				this.byId.putIfAbsent(rs.getString(6), person);
				List<Person> named = this.byName.computeIfAbsent(rs.getString(7), (k) -> new ArrayList<>());
				if (named.stream()
					.noneMatch((p) -> p.displayName().equals(person.displayName())
							&& p.organizationId() == person.organizationId())) {
					named.add(person);
				}
			}, args.toArray());
		}
	}

	Optional<Person> find(String user) {
		String key = key(user);
		Person person = this.byId.get(key);
		if (person != null) {
			return Optional.of(person);
		}
		List<Person> named = this.byName.getOrDefault(key, List.of());
		return (named.size() == 1) ? Optional.of(named.get(0)) : Optional.empty();
	}

	static String key(String user) {
		return user.strip().toLowerCase(Locale.ROOT);
	}

}
