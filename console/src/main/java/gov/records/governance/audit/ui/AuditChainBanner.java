package gov.records.governance.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import gov.records.governance.access.AccessService;
import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditLogService;
import gov.records.governance.audit.ChainBreak;
import java.util.Optional;

/**
 * The banner that every reader of the audit log (CIO, inspectors) sees on every page
 * while its hash chain is known to be broken: where, and that no checkpoint is signed
 * until it is repaired. Checked again on each navigation.
 */
public class AuditChainBanner extends Div implements AfterNavigationObserver {

	private final AuditLogService log;

	private final AccessService access;

	private final Span text = new Span();

	public AuditChainBanner(AuditLogService log, AccessService access) {
		this.log = log;
		this.access = access;
		setId("audit-chain-banner");
		add(this.text);
		getStyle().set("background", "var(--lumo-error-color-10pct)")
			.set("color", "var(--lumo-error-text-color)")
			.set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
			.set("font-weight", "600");
		setVisible(false);
		refresh();
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		refresh();
	}

	void refresh() {
		Optional<ChainBreak> known = readsTheLog() ? this.log.knownBreak() : Optional.empty();
		known.ifPresent((b) -> this.text.setText(b.summary()
				+ " The console keeps working and recording, but signs no checkpoint until the events are restored;"
				+ " tell your security officer (operator guide: 'A broken audit chain')."));
		setVisible(known.isPresent());
	}

	private boolean readsTheLog() {
		var roles = this.access.currentRoles();
		return roles.contains(AppRoles.CIO) || roles.contains(AppRoles.INSPECTOR);
	}

}
