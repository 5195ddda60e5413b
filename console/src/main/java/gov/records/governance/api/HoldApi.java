package gov.records.governance.api;

import gov.records.governance.holds.HoldDraft;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.holds.HoldRow;
import gov.records.governance.holds.HoldService;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Legal holds over the API (issue 19, item 10): list them (scoped as in the view), place
 * one with its scope, release one. Everything is checked, audited and scoped by
 * {@link HoldService}, the same service the Holds view calls; this class only maps the
 * wire format.
 */
@RestController
@RequestMapping("/api/holds")
class HoldApi {

	private final HoldService holds;

	HoldApi(HoldService holds) {
		this.holds = holds;
	}

	/** A hold as placed over the wire; a missing start means now, missing scopes none. */
	record PlaceBody(@Nullable HoldKind kind, @Nullable String caseReference, @Nullable String title,
			@Nullable String description, @Nullable Instant startedAt, @Nullable Set<Long> accountIds,
			@Nullable Set<Long> groupIds, @Nullable Set<Long> organizationIds) {

		HoldDraft toDraft() {
			return new HoldDraft(this.kind, (this.caseReference != null) ? this.caseReference : "",
					(this.title != null) ? this.title : "", this.description,
					(this.startedAt != null) ? this.startedAt : Instant.now(), orEmpty(this.accountIds),
					orEmpty(this.groupIds), orEmpty(this.organizationIds));
		}

		private static Set<Long> orEmpty(@Nullable Set<Long> ids) {
			return (ids != null) ? ids : Set.of();
		}

	}

	/** A release over the wire: the version read, when (default now) and why. */
	record ReleaseBody(long version, @Nullable Instant releasedAt, @Nullable String reason) {
	}

	@GetMapping
	List<HoldRow> list() {
		return this.holds.list();
	}

	@GetMapping("/{id}")
	HoldRow find(@PathVariable long id) {
		return this.holds.find(id).orElseThrow(() -> new NotFoundException("Hold " + id));
	}

	@PostMapping
	ResponseEntity<HoldRow> place(@RequestBody PlaceBody body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.holds.place(body.toDraft()));
	}

	@PostMapping("/{id}/release")
	HoldRow release(@PathVariable long id, @RequestBody ReleaseBody body) {
		return this.holds.release(id, body.version(), (body.releasedAt() != null) ? body.releasedAt() : Instant.now(),
				(body.reason() != null) ? body.reason() : "");
	}

}
