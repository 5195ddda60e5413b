package gov.records.governance.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import gov.records.governance.access.AccessService;
import gov.records.governance.audit.AuditLogService;
import gov.records.governance.audit.ui.AuditChainBanner;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one main layout: a side menu built from the routes the current user may open (views
 * carry {@code @Menu} and {@code @RolesAllowed}; the menu lists only the accessible
 * ones), and a header with the user, the role and a sign-out button (and, while the audit
 * chain is broken, a banner for the roles that read the audit log).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

	/** The menu entries by set of roles: a handful of sets in use. */
	private static final Cache<Set<String>, List<MenuEntry>> MENUS = Caffeine.newBuilder().maximumSize(64).build();

	/** The id of the view's element, where the skip link moves the focus. */
	public static final String MAIN_CONTENT = "main-content";

	MainLayout(AuthenticationContext authentication, AccessService access, AuditLogService auditLog) {
		setPrimarySection(Section.DRAWER);
		addToDrawer(appName(), new Scroller(menu(access)));
		DrawerToggle toggle = new DrawerToggle();
		toggle.setAriaLabel("Show or hide the menu");
		// the content area scrolls on a phone: keyboard users must be able to reach it
		// (axe-core's scrollable-region-focusable)
		getElement()
			.executeJs("customElements.whenDefined('vaadin-app-layout').then(() => requestAnimationFrame(() => {"
					+ " const c = this.shadowRoot && this.shadowRoot.querySelector('[part~=\"content\"]');"
					+ " if (c) { c.setAttribute('tabindex', '0'); c.setAttribute('role', 'region');"
					+ " c.setAttribute('aria-label', 'Content'); } }))");
		addToNavbar(skipLink(), toggle, new AuditChainBanner(auditLog, access), userBar(authentication, access));
	}

	/**
	 * The first thing Tab reaches: moves the focus past the menu to the view (one key
	 * press to content instead of a dozen).
	 */
	private static Anchor skipLink() {
		Anchor skip = new Anchor("#" + MAIN_CONTENT, "Skip to content");
		skip.setId("skip-link");
		skip.getStyle().set("padding", "0 var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)");
		// the view is made focusable only for the moment the skip link moves the focus to
		// it: a view root is a shadow host (a Vaadin layout), and Chromium leaves a
		// shadow
		// host with a negative tabindex and everything slotted into it out of the Tab
		// order, so a standing tabindex="-1" hid the whole view from Tab (DD065)
		skip.getElement()
			.executeJs("this.addEventListener('click', (e) => { e.preventDefault(); "
					+ "const main = document.querySelector('[data-main-content]'); if (!main) { return; } "
					+ "main.setAttribute('tabindex', '-1'); "
					+ "main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true }); "
					+ "main.focus(); })");
		return skip;
	}

	@Override
	public void showRouterLayoutContent(HasElement content) {
		super.showRouterLayoutContent(content);
		if (content != null) {
			if (!content.getElement().hasAttribute("id")) {
				content.getElement().setAttribute("id", MAIN_CONTENT);
			}
			content.getElement().setAttribute("data-main-content", true);
		}
	}

	private static Div appName() {
		Div name = new Div(new Span("Records Governance"));
		name.addClassNames("app-name");
		name.getStyle().set("font-weight", "600").set("padding", "var(--lumo-space-m)");
		return name;
	}

	/**
	 * The menu: the routes the user's roles may open. Vaadin finds them by checking every
	 * route's access for the user, on each new page; the outcome depends on the roles
	 * alone (views are guarded by {@code @RolesAllowed}), so it is found once per set of
	 * roles (DD075).
	 */
	private static SideNav menu(AccessService access) {
		SideNav nav = new SideNav();
		nav.setId("main-menu");
		List<MenuEntry> entries = MENUS.get(Set.copyOf(access.currentRoles()),
				(roles) -> List.copyOf(MenuConfiguration.getMenuEntries()));
		for (MenuEntry entry : entries) {
			SideNavItem item = new SideNavItem(entry.title(), entry.path());
			if (entry.icon() != null) {
				item.setPrefixComponent(new Icon(entry.icon()));
			}
			nav.addItem(item);
		}
		return nav;
	}

	private static HorizontalLayout userBar(AuthenticationContext authentication, AccessService access) {
		String roles = access.currentRoles()
			.stream()
			.sorted()
			.map(MainLayout::roleName)
			.collect(Collectors.joining(", "));
		Span user = new Span(authentication.getPrincipalName().orElse("") + " · " + roles);
		user.setId("current-user");
		Button logout = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), (click) -> authentication.logout());
		logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		logout.setId("sign-out");
		HorizontalLayout bar = new HorizontalLayout(user, logout);
		bar.setAlignItems(FlexComponent.Alignment.CENTER);
		bar.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
		return bar;
	}

	/** A role in plain words ("Records officer", not RECORDS_OFFICER). */
	public static String roleName(String role) {
		return switch (role) {
			case "CIO" -> "CIO";
			case "PLATFORM_ADMIN" -> "Platform administrator";
			case "RECORDS_OFFICER" -> "Records officer";
			case "INSPECTOR" -> "Inspector general";
			case "CAPTURE_BOT" -> "Capture bot";
			default -> role.charAt(0) + role.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		};
	}

}
