package gov.records.governance.capstone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Writes the forms of a file that has been read without a problem: a form already stored
 * with the same content is left alone, one stored under its number with other content is
 * refused (an approved form does not change; its successor has a new number), and a form
 * naming a Previous Tracking Number supersedes that form, which stays in history. Checks
 * everything before writing anything.
 */
@Component
class FormImport {

	private final FormStore store;

	FormImport(FormStore store) {
		this.store = store;
	}

	FormImportReport write(Na1005Files.Parsed parsed, Instant at, String by) {
		List<FormProblem> problems = new ArrayList<>();
		List<Na1005Form> fresh = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		List<String> remarks = new ArrayList<>();
		Map<String, Na1005Form> inFile = new HashMap<>();
		parsed.forms().forEach((f) -> inFile.put(key(f.number()), f));
		for (int i = 0; i < parsed.forms().size(); i++) {
			Na1005Form form = parsed.forms().get(i);
			Optional<FormStore.Stored> stored = this.store.byNumber(form.number());
			if (stored.isPresent() && stored.get().hash().equals(hash(form))) {
				unchanged.add(form.number());
				continue;
			}
			if (stored.isPresent()) {
				problems.add(new FormProblem(i + 1, form.number(), Na1005.NUMBER,
						"a different form with this number is already imported; an approved form does not change "
								+ "(a revision has its own number and names this one as Previous Tracking Number)"));
				continue;
			}
			if (form.previousNumber() != null) {
				Optional<FormStore.Stored> previous = this.store.byNumber(form.previousNumber());
				if (previous.isPresent() && previous.get().supersededBy() != null) {
					problems.add(new FormProblem(i + 1, form.number(), Na1005.PREVIOUS,
							"form " + form.previousNumber() + " is already superseded by another form"));
				}
				else if (previous.isEmpty() && !inFile.containsKey(key(form.previousNumber()))) {
					remarks.add("Form " + form.number() + " supersedes " + form.previousNumber()
							+ ", which was never imported.");
				}
			}
			fresh.add(form);
			form.remarks().forEach((r) -> remarks.add("Form " + form.number() + ": " + r));
		}
		if (!problems.isEmpty()) {
			throw new FormImportException(problems);
		}
		Map<String, Long> ids = new HashMap<>();
		for (Na1005Form form : fresh) {
			ids.put(key(form.number()), this.store.insert(form, hash(form), at, by));
		}
		List<String> superseded = new ArrayList<>();
		for (Na1005Form form : fresh) {
			if (form.previousNumber() == null) {
				continue;
			}
			Long previous = ids.get(key(form.previousNumber()));
			if (previous == null) {
				previous = this.store.byNumber(form.previousNumber()).map(FormStore.Stored::id).orElse(null);
			}
			if (previous != null) {
				this.store.supersede(previous, ids.get(key(form.number())), at);
				superseded.add(form.previousNumber());
			}
		}
		return new FormImportReport(parsed.format(), fresh.stream().map(Na1005Form::number).toList(), unchanged,
				superseded, remarks);
	}

	private static String key(String number) {
		return number.toLowerCase(Locale.ROOT);
	}

	/** A hash of what the form says, independent of the file's layout and spacing. */
	static String hash(Na1005Form form) {
		String canonical = String.join("\u001f", form.number(), String.valueOf(form.received()),
				String.valueOf(form.totalAccounts()), form.agency(), String.valueOf(form.recordGroup()),
				String.valueOf(form.superseding()), String.valueOf(form.previousNumber()),
				String.valueOf(form.itemsProposed()), String.valueOf(form.scope()),
				String.valueOf(form.cutoffInstructions()), String.valueOf(form.transferInstructions()),
				String.valueOf(form.officerApproval()), String.valueOf(form.seniorApproval()),
				String.valueOf(form.archivistApproval()), form.positions().toString(),
				new TreeMap<>(form.categoryTotals()).toString());
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
