package gov.records.governance.schedules.ui;

import gov.records.governance.organizations.OrganizationTree;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupRow;
import gov.records.governance.groups.GroupService;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.schedules.AssignmentTarget;
import gov.records.governance.schedules.ScheduleItemRow;
import gov.records.governance.schedules.ScheduleService;
import gov.records.governance.shared.ValidationException;
import java.util.Comparator;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Assigns a schedule item to a group, an organization (and its subtree) or a role
 * category.
 */
class AssignDialog extends Dialog {

	AssignDialog(ScheduleService schedules, GroupService groups, OrganizationService organizations,
			ScheduleItemRow item, Runnable assigned) {
		setHeaderTitle("Assign " + item.reference());
		setWidth("32rem");
		RadioButtonGroup<AssignmentTarget> kind = new RadioButtonGroup<>("Assign to");
		kind.setItems(AssignmentTarget.values());
		kind.setItemLabelGenerator((k) -> switch (k) {
			case GROUP -> "A group";
			case ORGANIZATION -> "An organization and everything below it";
			case ROLE_CATEGORY -> "A role category";
		});
		kind.setValue(AssignmentTarget.ORGANIZATION);
		ComboBox<GroupRow> group = new ComboBox<>("Group");
		group.setItemsPageable((pageable, text) -> groups.list(GroupFilter.none().withNameContains(text),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"))));
		group.setItemLabelGenerator((g) -> g.name() + " (" + g.platformName() + ")");
		group.setWidthFull();
		ComboBox<OrganizationNode> organization = new ComboBox<>("Organization");
		organization.setItems(organizations.visibleTree()
			.all()
			.stream()
			.sorted(Comparator.comparingInt((OrganizationNode n) -> n.range().from()))
			.toList());
		OrganizationTree tree = organizations.visibleTree();
		organization.setItemLabelGenerator((n) -> "\u2003".repeat(n.depth()) + tree.nameWithComponent(n.id()));
		organization.setWidthFull();
		ComboBox<RoleCategory> role = new ComboBox<>("Role category");
		role.setItems(RoleCategory.values());
		role.setItemLabelGenerator(RoleCategory::label);
		role.setWidthFull();
		Runnable visibility = () -> {
			group.setVisible(kind.getValue() == AssignmentTarget.GROUP);
			organization.setVisible(kind.getValue() == AssignmentTarget.ORGANIZATION);
			role.setVisible(kind.getValue() == AssignmentTarget.ROLE_CATEGORY);
		};
		kind.addValueChangeListener((e) -> visibility.run());
		visibility.run();
		add(new VerticalLayout(kind, group, organization, role));
		Button save = new Button("Assign", (click) -> {
			try {
				Long target = switch (kind.getValue()) {
					case GROUP -> (group.getValue() != null) ? group.getValue().id() : null;
					case ORGANIZATION -> (organization.getValue() != null) ? organization.getValue().id() : null;
					case ROLE_CATEGORY -> null;
				};
				var row = schedules.assign(item.id(), kind.getValue(), target, role.getValue());
				Notification.show("Assigned to " + row.target()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				assigned.run();
				close();
			}
			catch (ValidationException ex) {
				Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		});
		save.setId("confirm-assign");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button("Cancel", (click) -> close()), save);
	}

}
