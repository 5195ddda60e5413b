package gov.records.governance.capstone;

import gov.records.governance.shared.ValidationException;
import java.util.List;

/** A file of forms was refused: every problem, by form and field; nothing was written. */
public class FormImportException extends ValidationException {

	private final List<FormProblem> formProblems;

	public FormImportException(List<FormProblem> problems) {
		super(problems.stream().map(FormProblem::asProblem).toList());
		this.formProblems = List.copyOf(problems);
	}

	public List<FormProblem> formProblems() {
		return this.formProblems;
	}

}
