package gov.records.governance.platforms.ui;

import gov.records.governance.backends.PlatformHealth;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.dashboard.PlatformFigures;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A platform's health with what the Platforms view adds: its circuit, the backend
 * failures in a row that the circuit counts (syncs and pushes), and its endpoint.
 */
record PlatformRow(PlatformHealth health, String circuit, int circuitFailures, @Nullable String endpoint,
		boolean simulated, @Nullable PlatformFigures scoped) {

	/**
	 * Open drift findings: the user's share when the user sees part of the department.
	 */
	long drift() {
		return (this.scoped != null) ? this.scoped.driftInScope() : this.health.openDrift();
	}

	/** "4 min ago", or "never". */
	String lastGood(Instant now) {
		Duration age = this.health.age(now);
		return (age == null) ? "never" : ago(age);
	}

	String accounts() {
		if (this.scoped != null) {
			return Formats.number(this.scoped.accountsInScope()) + " accounts in your organizations";
		}
		PlatformHealth h = this.health;
		if (h.accountsActive() == null) {
			return "—";
		}
		String text = Formats.number(h.accountsActive()) + " active";
		if (h.accountsPending() != null) {
			text += " · " + Formats.number(h.accountsPending()) + " pending";
		}
		if (h.accountsSuspended() != null) {
			text += " · " + Formats.number(h.accountsSuspended()) + " suspended";
		}
		return text;
	}

	String groups() {
		if (this.scoped != null) {
			return Formats.number(this.scoped.groupsInScope());
		}
		return (this.health.groupsSeen() == null) ? "—" : Formats.number(this.health.groupsSeen());
	}

	/**
	 * The groups the backend listed, and how many of them the console does not govern.
	 */
	String groupsInFull() {
		if (this.scoped != null) {
			return Formats.number(this.scoped.groupsInScope()) + " governed groups in your organizations";
		}
		if (this.health.groupsSeen() == null) {
			return "Not synced yet";
		}
		int unmatched = (this.health.groupsUnmatched() == null) ? 0 : this.health.groupsUnmatched();
		return Formats.number(this.health.groupsSeen()) + " groups in the backend, " + unmatched
				+ " of them not governed by the console";
	}

	String activeAccounts() {
		if (this.scoped != null) {
			return Formats.number(this.scoped.accountsInScope());
		}
		return (this.health.accountsActive() == null) ? "—" : Formats.number(this.health.accountsActive());
	}

	String capture() {
		PlatformHealth h = this.health;
		String backend = (h.captureSupported() == null) ? "" : Boolean.TRUE.equals(h.captureSupported())
				? (Boolean.TRUE.equals(h.captureEnabled()) ? "On in the backend" : "Off in the backend") : "";
		String bot = (h.lastCaptureReport() == null) ? "no bot report" : "bot reported "
				+ Formats.time(h.lastCaptureReport().reportedAt(), "")
				+ ((h.lastCaptureReport().failed() > 0) ? ", " + h.lastCaptureReport().failed() + " failed" : "");
		return backend.isEmpty() ? bot : backend + "; " + bot;
	}

	static String ago(Duration age) {
		long seconds = Math.max(0, age.toSeconds());
		if (seconds < 90) {
			return seconds + " s ago";
		}
		if (seconds < 90 * 60) {
			return (seconds / 60) + " min ago";
		}
		if (seconds < 48 * 3600) {
			return (seconds / 3600) + " h ago";
		}
		return (seconds / 86_400) + " days ago";
	}

}
