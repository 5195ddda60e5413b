package gov.records.governance.groups.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import gov.records.governance.base.ui.PickLists;
import gov.records.governance.base.ui.AsOf;
import gov.records.governance.base.ui.Formats;
import java.time.LocalDate;
import java.util.Optional;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationTree;
import gov.records.governance.platforms.PlatformSummary;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Groups list's filters: organization subtree, platform, auto-delete on/off and a
 * name search. Every change hands the new {@link GroupFilter} to the listener.
 */
class GroupFilterBar extends Composite<HorizontalLayout> {

	static final String ANY = "Any";

	static final String ON = "On";

	static final String OFF = "Off";

	private final ComboBox<OrganizationNode> organization = new ComboBox<>("Organization");

	private final ComboBox<PlatformSummary> platform = new ComboBox<>("Platform");

	private final Select<String> autoDelete = new Select<>();

	private final Select<String> capture = new Select<>();

	private final Select<GroupFilter.Attention> attention = new Select<>();

	private final TextField name = new TextField("Name");

	/** The settings in force at the end of this day (UTC) instead of now (DD066). */
	private final DatePicker asOf = Formats.datePicker(new DatePicker("As of (UTC)"));

	private boolean restoring;

	GroupFilterBar(OrganizationTree tree, List<PlatformSummary> platforms, Consumer<GroupFilter> listener) {
		this.organization.setId("filter-organization");
		this.organization.setItems(depthFirst(tree));
		this.organization.setItemLabelGenerator(
				(node) -> "\u2003".repeat(Math.max(0, node.depth())) + tree.nameWithComponent(node.id()));
		this.organization.setPlaceholder("All in your scope");
		this.organization.setClearButtonVisible(true);
		this.organization.setWidth("22rem");
		this.platform.setId("filter-platform");
		this.platform.setItems(platforms);
		this.platform.setItemLabelGenerator(PlatformSummary::name);
		this.platform.setPlaceholder("All platforms");
		this.platform.setClearButtonVisible(true);
		this.autoDelete.setId("filter-auto-delete");
		this.autoDelete.setLabel("Auto-delete");
		this.autoDelete.setItems(ANY, ON, OFF);
		this.autoDelete.setValue(ANY);
		this.autoDelete.setWidth("8rem");
		this.capture.setId("filter-capture");
		this.capture.setLabel("Capture");
		this.capture.setItems(ANY, ON, OFF);
		this.capture.setValue(ANY);
		this.capture.setWidth("8rem");
		this.attention.setId("filter-attention");
		this.attention.setLabel("Needs attention");
		this.attention.setItems(GroupFilter.Attention.values());
		this.attention.setEmptySelectionAllowed(true);
		this.attention.setEmptySelectionCaption("Any");
		this.attention.setItemLabelGenerator((a) -> (a == null) ? "Any" : a.label());
		this.attention.setWidth("11rem");
		// every filter select names its list box (axe: aria-input-field-name, DD072)
		PickLists.named(this.autoDelete);
		PickLists.named(this.capture);
		PickLists.named(this.attention);
		this.name.setId("filter-name");
		this.name.setPlaceholder("Search by name");
		this.name.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.name.setClearButtonVisible(true);
		this.name.setValueChangeMode(ValueChangeMode.LAZY);
		this.name.setMaxLength(200);
		this.organization.addValueChangeListener((e) -> {
			if (!this.restoring) {
				listener.accept(filter());
			}
		});
		this.platform.addValueChangeListener((e) -> {
			if (!this.restoring) {
				listener.accept(filter());
			}
		});
		this.autoDelete.addValueChangeListener((e) -> {
			if (!this.restoring) {
				listener.accept(filter());
			}
		});
		this.capture.addValueChangeListener((e) -> {
			if (!this.restoring) {
				listener.accept(filter());
			}
		});
		this.attention.addValueChangeListener((e) -> {
			if (!this.restoring) {
				listener.accept(filter());
			}
		});
		this.name.addValueChangeListener((e) -> {
			if (!this.restoring) {
				listener.accept(filter());
			}
		});
		this.asOf.setId("filter-as-of");
		this.asOf.setMax(AsOf.today());
		this.asOf.setClearButtonVisible(true);
		this.asOf.setWidth("10rem");
		this.asOf.addValueChangeListener((e) -> {
			// what needs attention is known for the present only
			this.attention.setEnabled(e.getValue() == null);
			if (!this.restoring) {
				listener.accept(filter());
			}
		});
		getContent().add(this.organization, this.platform, this.autoDelete, this.capture, this.attention, this.name,
				this.asOf);
		getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
		getContent().getStyle().set("flex-wrap", "wrap");
	}

	/**
	 * Sets the bar from the address ({@code organization=<id>&platform=<id>&
	 * autoDelete=on|off&capture=on|off&attention=non-compliant|drifted|on-hold|failed-push})
	 * without telling the listener. A value that is not one of the choices (an
	 * organization outside the user's scope among them) is left out and named in the
	 * answer, so the view can say so; nothing outside the scope is ever shown.
	 */
	List<String> restore(Map<String, List<String>> query) {
		List<String> ignored = new ArrayList<>();
		this.restoring = true;
		try {
			String org = first(query, "organization");
			this.organization.setValue(this.organization.getListDataView()
				.getItems()
				.filter((n) -> String.valueOf(n.id()).equals(org))
				.findFirst()
				.orElse(null));
			if (!org.isEmpty() && this.organization.getValue() == null) {
				ignored.add("organization '" + org + "' (not one of your organizations)");
			}
			String plat = first(query, "platform");
			this.platform.setValue(this.platform.getListDataView()
				.getItems()
				.filter((p) -> String.valueOf(p.id()).equals(plat))
				.findFirst()
				.orElse(null));
			if (!plat.isEmpty() && this.platform.getValue() == null) {
				ignored.add("platform '" + plat + "' (no such platform)");
			}
			this.autoDelete.setValue(onOff(first(query, "autoDelete"), "autoDelete", ignored));
			this.capture.setValue(onOff(first(query, "capture"), "capture", ignored));
			String wanted = first(query, "attention");
			this.attention.setValue(GroupFilter.Attention.fromParameter(wanted).orElse(null));
			if (!wanted.isEmpty() && this.attention.getValue() == null) {
				ignored.add("attention '" + wanted + "'");
			}
			this.asOf.setValue(AsOf.from(query, ignored).orElse(null));
			if (this.asOf.getValue() != null && this.attention.getValue() != null) {
				ignored.add("attention '" + wanted + "' (known for the present only, not as of a date)");
				this.attention.setValue(null);
			}
		}
		finally {
			this.restoring = false;
		}
		return ignored;
	}

	private static String onOff(String value, String name, List<String> ignored) {
		if (ON.equalsIgnoreCase(value)) {
			return ON;
		}
		if (OFF.equalsIgnoreCase(value)) {
			return OFF;
		}
		if (!value.isEmpty()) {
			ignored.add(name + " '" + value + "'");
		}
		return ANY;
	}

	/** The bar as query parameters (only what is set). */
	QueryParameters queryParameters() {
		QueryParameters query = query(filter());
		LocalDate date = this.asOf.getValue();
		if (date == null) {
			return query;
		}
		Map<String, List<String>> withDate = new LinkedHashMap<>(query.getParameters());
		withDate.put(AsOf.PARAMETER, List.of(date.toString()));
		return new QueryParameters(withDate);
	}

	/** The date the list shows the settings in force on, or empty for now. */
	Optional<LocalDate> asOf() {
		return Optional.ofNullable(this.asOf.getValue());
	}

	/** A filter as the Groups list's address writes it (the name search stays out). */
	static QueryParameters query(GroupFilter filter) {
		Map<String, String> query = new LinkedHashMap<>();
		if (filter.organizationId() != null) {
			query.put("organization", String.valueOf(filter.organizationId()));
		}
		if (filter.platformId() != null) {
			query.put("platform", String.valueOf(filter.platformId()));
		}
		if (filter.autoDelete() != null) {
			query.put("autoDelete", filter.autoDelete() ? "on" : "off");
		}
		if (filter.capture() != null) {
			query.put("capture", filter.capture() ? "on" : "off");
		}
		if (filter.attention() != null) {
			query.put("attention", filter.attention().parameter());
		}
		return QueryParameters.simple(query);
	}

	private static String first(Map<String, List<String>> query, String name) {
		List<String> values = query.get(name);
		return (values == null || values.isEmpty()) ? "" : values.get(0).strip();
	}

	GroupFilter filter() {
		OrganizationNode org = this.organization.getValue();
		PlatformSummary plat = this.platform.getValue();
		return new GroupFilter((org != null) ? org.id() : null, (plat != null) ? plat.id() : null,
				bool(this.autoDelete.getValue()), this.name.getValue(), bool(this.capture.getValue()),
				(this.asOf.getValue() == null) ? this.attention.getValue() : null);
	}

	private static @org.jspecify.annotations.Nullable Boolean bool(@org.jspecify.annotations.Nullable String value) {
		return switch (value) {
			case ON -> Boolean.TRUE;
			case OFF -> Boolean.FALSE;
			case null, default -> null;
		};
	}

	private static List<OrganizationNode> depthFirst(OrganizationTree tree) {
		List<OrganizationNode> ordered = new ArrayList<>();
		for (OrganizationNode root : tree.roots()) {
			addWithChildren(tree, root, ordered);
		}
		return ordered;
	}

	private static void addWithChildren(OrganizationTree tree, OrganizationNode node, List<OrganizationNode> out) {
		out.add(node);
		for (OrganizationNode child : tree.children(node.id())) {
			addWithChildren(tree, child, out);
		}
	}

}
