package gov.records.governance.capstone;

import gov.records.governance.access.AccessService;
import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's approved NA-1005 forms: importing them from NARA's data (records officers)
 * and reading them with their positions (every role). An import writes all its forms or,
 * with any problem, none (DD051).
 */
@Service
@Transactional(readOnly = true)
public class CapstoneFormService {

	private final FormStore store;

	private final FormImport importer;

	private final AuditService audit;

	private final AccessService access;

	private final Clock clock;

	CapstoneFormService(FormStore store, FormImport importer, AuditService audit, AccessService access, Clock clock) {
		this.store = store;
		this.importer = importer;
		this.audit = audit;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Imports NARA's JSON or CSV of NA-1005 forms. Refused with every problem (form,
	 * field, reason) and nothing written; importing the same forms again changes nothing.
	 */
	@Transactional
	@PreAuthorize("hasRole('RECORDS_OFFICER')")
	public FormImportReport importForms(String filename, byte[] content) {
		Na1005Files.Parsed parsed = Na1005Files.read(content);
		if (!parsed.problems().isEmpty()) {
			throw new FormImportException(parsed.problems());
		}
		FormImportReport report = this.importer.write(parsed, this.clock.instant(),
				this.access.currentUsername().orElse("system"));
		if (!report.created().isEmpty()) {
			this.audit.record(AuditEntry.of("capstone.forms.imported", "file", filename).withAfter(report));
		}
		return report;
	}

	/** Every imported form, newest first, superseded ones included. */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<FormRow> forms() {
		return this.store.forms();
	}

	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<PositionRow> positions(long formId) {
		return this.store.positions(formId);
	}

	/** The positions of the forms in force. */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<PositionRow> positionsInForce() {
		return this.store.positionsInForce();
	}

}
