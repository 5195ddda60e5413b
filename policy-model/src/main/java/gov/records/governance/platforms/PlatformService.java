package gov.records.governance.platforms;

import gov.records.governance.access.AppRoles;
import gov.records.governance.platforms.domain.Platform;
import gov.records.governance.platforms.domain.Platforms;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the configured messaging platforms. */
@Service
@Transactional(readOnly = true)
public class PlatformService {

	private final Platforms platforms;

	PlatformService(Platforms platforms) {
		this.platforms = platforms;
	}

	/** Every platform, by name. Platforms are department-wide, so they are not scoped. */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<PlatformSummary> list() {
		return this.platforms.findAllByOrderByNameAsc().stream().map(PlatformService::toSummary).toList();
	}

	@PreAuthorize(AppRoles.ANY_ROLE)
	public Optional<PlatformSummary> find(long id) {
		return this.platforms.findById(id).map(PlatformService::toSummary);
	}

	static PlatformSummary toSummary(Platform p) {
		return new PlatformSummary(Objects.requireNonNull(p.getId()), p.getName(), p.getKind(), p.isSanctioned(),
				p.getBaseUrl(), p.getExternalId(), p.getCredentialRef(), p.getSyncIntervalSeconds(),
				p.getDescription());
	}

}
