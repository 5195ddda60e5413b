package gov.records.governance.platforms;

import gov.records.governance.access.DepartmentScope;
import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.inventory.InventoryImported;
import gov.records.governance.platforms.domain.Platform;
import gov.records.governance.platforms.domain.Platforms;
import gov.records.governance.shared.RecentValues;
import gov.records.governance.shared.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reads the configured messaging platforms, and switches drift remediation per platform.
 */
@Service
@Transactional(readOnly = true)
public class PlatformService {

	private final Platforms platforms;

	private final AuditService audit;

	/**
	 * The platforms, by name: a handful of rows, read by every list view's filter and
	 * rarely changed, so kept briefly and read again in the background; forgotten when
	 * this instance changes them (DD077). Other instances see a change within about
	 * {@value #LIST_FRESH_SECONDS} seconds.
	 */
	private final RecentValues<Boolean, List<PlatformSummary>> listed = RecentValues.of("the platforms",
			Duration.ofSeconds(LIST_FRESH_SECONDS), Duration.ofMinutes(5));

	static final int LIST_FRESH_SECONDS = 30;

	PlatformService(Platforms platforms, AuditService audit) {
		this.platforms = platforms;
		this.audit = audit;
	}

	/**
	 * Every platform, by name. Platforms are department-wide, so they are not scoped.
	 * Read without a transaction when they are kept (DD077).
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<PlatformSummary> list() {
		return this.listed.get(Boolean.TRUE, this::all);
	}

	/**
	 * Whoever adds or changes platforms outside this service calls this once the change
	 * is committed; the next {@link #list()} reads them again.
	 */
	public void platformsChanged() {
		this.listed.forgetAll();
	}

	/** An inventory import may add unsanctioned platforms. */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void inventoryImported(InventoryImported imported) {
		platformsChanged();
	}

	@PreAuthorize(AppRoles.ANY_ROLE)
	public Optional<PlatformSummary> find(long id) {
		return this.platforms.findById(id).map(PlatformService::toSummary);
	}

	/**
	 * Every platform, for jobs that run without a user (sync, the outbox worker). Not
	 * secured: nothing here is secret, credentials are only named.
	 */
	public List<PlatformSummary> all() {
		return this.platforms.findAllByOrderByNameAsc().stream().map(PlatformService::toSummary).toList();
	}

	/**
	 * Turns automatic drift remediation on or off for one platform, with the reason
	 * recorded in the audit log.
	 */
	@Transactional
	@PreAuthorize(DepartmentScope.PLATFORM_WIDE_ADMIN)
	public PlatformSummary setAutoRemediate(long id, boolean on, @Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ValidationException("Give a reason for changing drift remediation.");
		}
		Platform platform = this.platforms.findById(id).orElseThrow(() -> new ValidationException("No such platform."));
		if (platform.getKind() == PlatformKind.OTHER) {
			throw new ValidationException(platform.getName() + " has no connector, so nothing can be pushed back.");
		}
		boolean before = platform.isAutoRemediate();
		platform.setAutoRemediate(on);
		afterCommit(this::platformsChanged);
		this.audit.record(AuditEntry.of("platform.auto-remediate.changed", "platform", id)
			.withBefore(Map.of("autoRemediate", before))
			.withAfter(Map.of("autoRemediate", on))
			.withReason(reason.strip()));
		return toSummary(platform);
	}

	private static void afterCommit(Runnable action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	static PlatformSummary toSummary(Platform p) {
		return new PlatformSummary(Objects.requireNonNull(p.getId()), p.getName(), p.getKind(), p.isSanctioned(),
				p.getBaseUrl(), p.getExternalId(), p.getCredentialRef(), p.getSyncIntervalSeconds(), p.getDescription(),
				p.getRegion(), p.getRequestTimeoutSeconds(), p.isAutoRemediate(), p.getDefaultRetentionDays());
	}

}
