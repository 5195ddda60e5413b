package gov.records.governance.compliance.rules;

import gov.records.governance.compliance.Severity;
import gov.records.governance.groups.AccountStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An account is active on a platform not sanctioned for official business. */
public final class UnsanctionedPlatformRule {

	public static final RuleInfo INFO = new RuleInfo("UNSANCTIONED_PLATFORM_ACTIVE", Severity.HIGH,
			"Account active on an unsanctioned platform",
			"Business messages are records on any app (44 U.S.C. 3301); from a non-official account they must be "
					+ "copied to an official account when sent or forwarded within 20 days (44 U.S.C. 2911).",
			"Confirm the holder forwards business messages to an official account within 20 days, or move the "
					+ "conversation to a sanctioned platform.");

	public Optional<Violation> check(AccountFacts a) {
		if (a.status() != AccountStatus.ACTIVE) {
			return Optional.empty();
		}
		Map<String, Object> evidence = new LinkedHashMap<>();
		evidence.put("account", a.displayName());
		evidence.put("platform", a.platformName());
		evidence.put("roleCategory", a.roleCategory().label());
		evidence.put("official", a.official());
		if (a.devices() > 0) {
			evidence.put("devicesInInventory", a.devices());
			evidence.put("lastSeenOnDevice", String.valueOf(a.lastSeenOnDevice()));
		}
		return Optional.of(new Violation(INFO, SubjectType.ACCOUNT, a.accountId(), a.organizationId(), a.platformId(),
				null, a.displayName() + " is active on " + a.platformName() + ", which is not sanctioned.", evidence));
	}

}
