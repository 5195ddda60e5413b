package gov.records.governance.api;

import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Checks the {@code page} and {@code size} of a listing: a page whose first row lies past
 * what the stores can count to is refused rather than wrapped round to the first page.
 */
final class Paging {

	private Paging() {
	}

	static PageRequest of(int page, int size, int maxSize) {
		return of(page, size, maxSize, Sort.unsorted());
	}

	static PageRequest of(int page, int size, int maxSize, Sort sort) {
		List<Problem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(new Problem(0, "page", "must be 0 or more"));
		}
		if (size < 1 || size > maxSize) {
			problems.add(new Problem(0, "size", "must be between 1 and " + maxSize));
		}
		if (problems.isEmpty() && (long) page * size > Integer.MAX_VALUE) {
			problems.add(new Problem(0, "page",
					"is too large: page \u00d7 size must stay below " + Integer.MAX_VALUE + " rows"));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return PageRequest.of(page, size, sort);
	}

}
