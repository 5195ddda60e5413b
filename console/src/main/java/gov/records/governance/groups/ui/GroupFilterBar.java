package gov.records.governance.groups.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
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

	private final TextField name = new TextField("Name");

	private boolean restoring;

	GroupFilterBar(OrganizationTree tree, List<PlatformSummary> platforms, Consumer<GroupFilter> listener) {
		this.organization.setId("filter-organization");
		this.organization.setItems(depthFirst(tree));
		this.organization.setItemLabelGenerator((node) -> "\u2003".repeat(Math.max(0, node.depth())) + node.name());
		this.organization.setPlaceholder("All in your scope");
		this.organization.setClearButtonVisible(true);
		this.organization.setWidth("20rem");
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
		this.name.addValueChangeListener((e) -> {
			if (!this.restoring) {
				listener.accept(filter());
			}
		});
		getContent().add(this.organization, this.platform, this.autoDelete, this.name);
		getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
		getContent().getStyle().set("flex-wrap", "wrap");
	}

	/**
	 * Sets the bar from the address ({@code organization=<id>&platform=<id>&
	 * autoDelete=on|off}) without telling the listener; unknown values are left out.
	 */
	void restore(Map<String, List<String>> query) {
		this.restoring = true;
		try {
			this.organization.setValue(this.organization.getListDataView()
				.getItems()
				.filter((n) -> String.valueOf(n.id()).equals(first(query, "organization")))
				.findFirst()
				.orElse(null));
			this.platform.setValue(this.platform.getListDataView()
				.getItems()
				.filter((p) -> String.valueOf(p.id()).equals(first(query, "platform")))
				.findFirst()
				.orElse(null));
			String auto = first(query, "autoDelete");
			this.autoDelete.setValue(ON.equalsIgnoreCase(auto) ? ON : OFF.equalsIgnoreCase(auto) ? OFF : ANY);
		}
		finally {
			this.restoring = false;
		}
	}

	/** The bar as query parameters (only what is set). */
	QueryParameters queryParameters() {
		Map<String, String> query = new LinkedHashMap<>();
		if (this.organization.getValue() != null) {
			query.put("organization", String.valueOf(this.organization.getValue().id()));
		}
		if (this.platform.getValue() != null) {
			query.put("platform", String.valueOf(this.platform.getValue().id()));
		}
		if (ON.equals(this.autoDelete.getValue()) || OFF.equals(this.autoDelete.getValue())) {
			query.put("autoDelete", this.autoDelete.getValue().toLowerCase(java.util.Locale.ROOT));
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
		Boolean on = switch (this.autoDelete.getValue()) {
			case ON -> Boolean.TRUE;
			case OFF -> Boolean.FALSE;
			case null, default -> null;
		};
		return new GroupFilter((org != null) ? org.id() : null, (plat != null) ? plat.id() : null, on,
				this.name.getValue());
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
