package gov.records.governance.api;

import gov.records.governance.capstone.CapstoneFormService;
import gov.records.governance.capstone.DesignationReport;
import gov.records.governance.capstone.DesignationRow;
import gov.records.governance.capstone.DesignationService;
import gov.records.governance.capstone.FormImportReport;
import gov.records.governance.capstone.FormRow;
import gov.records.governance.capstone.PositionRow;
import gov.records.governance.capstone.ReconciliationFinding;
import gov.records.governance.capstone.SuggestionRow;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * NA-1005 forms and Capstone designations over the API (issue 16): import NARA's JSON or
 * CSV (records officers; the body is the file), list forms and positions (every role),
 * run the designation and decide suggestions (records officers). Validation, roles and
 * audit are the services'.
 */
@RestController
@RequestMapping("/api/capstone")
class CapstoneApi {

	private final CapstoneFormService forms;

	private final DesignationService designations;

	CapstoneApi(CapstoneFormService forms, DesignationService designations) {
		this.forms = forms;
		this.designations = designations;
	}

	@PostMapping("/forms")
	ResponseEntity<FormImportReport> importForms(@RequestParam(defaultValue = "upload") String filename,
			@RequestBody byte[] content) {
		FormImportReport report = this.forms.importForms(filename, content);
		return ResponseEntity.status(report.created().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED).body(report);
	}

	@GetMapping("/forms")
	List<FormRow> forms() {
		return this.forms.forms();
	}

	@GetMapping("/forms/{id}/positions")
	List<PositionRow> positions(@PathVariable long id) {
		if (this.forms.forms().stream().noneMatch((f) -> f.id() == id)) {
			throw NotFoundException.of("Form " + id);
		}
		return this.forms.positions(id);
	}

	@PostMapping("/designations")
	DesignationReport designate() {
		return this.designations.designate();
	}

	@GetMapping("/designations")
	List<DesignationRow> designations() {
		return this.designations.designations();
	}

	@GetMapping("/reconciliation")
	List<ReconciliationFinding> reconciliation() {
		return this.designations.reconcile();
	}

	@GetMapping("/suggestions")
	List<SuggestionRow> suggestions() {
		return this.designations.suggestions();
	}

	@PostMapping("/suggestions/{id}/confirm")
	DesignationRow confirm(@PathVariable long id) {
		return this.designations.confirm(id);
	}

	@PostMapping("/suggestions/{id}/reject")
	ResponseEntity<Void> reject(@PathVariable long id) {
		this.designations.reject(id);
		return ResponseEntity.noContent().build();
	}

}
