package gov.records.governance.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused: every problem found, and nothing was written. */
public class ValidationException extends RuntimeException {

	private final List<Problem> problems;

	public ValidationException(List<Problem> problems) {
		super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public ValidationException(String reason) {
		this(List.of(Problem.file(reason)));
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
