package gov.records.governance.holds.ui;

import gov.records.governance.organizations.OrganizationTree;
import gov.records.governance.base.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import gov.records.governance.groups.AccountRow;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupRow;
import gov.records.governance.groups.GroupService;
import gov.records.governance.holds.HoldDraft;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.holds.HoldService;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.schedules.ui.ProblemsDialog;
import gov.records.governance.shared.ValidationException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Places a hold: kind, case, title, start, and at least one account, group or
 * organization.
 */
class PlaceHoldDialog extends Dialog {

	PlaceHoldDialog(HoldService holds, GroupService groups, OrganizationService organizations, Runnable placed) {
		setHeaderTitle("Place a legal hold");
		setWidth("46rem");
		Select<HoldKind> kind = new Select<>();
		kind.setLabel("Kind");
		kind.setItems(HoldKind.values());
		kind.setValue(HoldKind.FOIA);
		TextField reference = new TextField("Case reference");
		reference.setPlaceholder("FOIA-2026-0150");
		reference.setId("hold-reference");
		TextField title = new TextField("Title");
		title.setId("hold-title");
		TextArea description = new TextArea("Description");
		DateTimePicker start = Formats.utcPicker(new DateTimePicker("Starts (UTC)"));
		start.setValue(LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0));
		MultiSelectComboBox<OrganizationNode> orgs = new MultiSelectComboBox<>("Organizations (and everything below)");
		orgs.setItems(organizations.visibleTree()
			.all()
			.stream()
			.sorted(Comparator.comparingInt((OrganizationNode n) -> n.range().from()))
			.toList());
		OrganizationTree tree = organizations.visibleTree();
		orgs.setItemLabelGenerator((n) -> tree.nameWithComponent(n.id()));
		MultiSelectComboBox<GroupRow> groupPicker = new MultiSelectComboBox<>("Groups");
		groupPicker.setItemsPageable((pageable, text) -> groups.list(GroupFilter.none().withNameContains(text),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"))));
		groupPicker.setItemLabelGenerator(GroupRow::name);
		MultiSelectComboBox<AccountRow> accounts = new MultiSelectComboBox<>("Accounts");
		accounts.setItemsPageable((pageable, text) -> groups.searchAccounts(text, pageable));
		accounts.setItemLabelGenerator((a) -> a.displayName() + " (" + a.externalId() + ")");
		FormLayout form = new FormLayout(kind, reference, title, start, description, orgs, groupPicker, accounts);
		form.setColspan(title, 2);
		form.setColspan(description, 2);
		form.setColspan(orgs, 2);
		form.setColspan(groupPicker, 2);
		form.setColspan(accounts, 2);
		add(form);
		Button save = new Button("Place hold", (click) -> {
			try {
				HoldDraft draft = new HoldDraft(kind.getValue(), reference.getValue(), title.getValue(),
						description.getValue(),
						(start.getValue() != null) ? start.getValue().toInstant(ZoneOffset.UTC) : null,
						accounts.getValue().stream().map(AccountRow::id).collect(Collectors.toSet()),
						groupPicker.getValue().stream().map(GroupRow::id).collect(Collectors.toSet()),
						orgs.getValue().stream().map(OrganizationNode::id).collect(Collectors.toSet()));
				var hold = holds.place(draft);
				Notification.show("Hold " + hold.caseReference() + " placed")
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				placed.run();
				close();
			}
			catch (ValidationException ex) {
				new ProblemsDialog("this hold", ex.problems()).open();
			}
		});
		save.setId("confirm-hold");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button("Cancel", (click) -> close()), save);
	}

}
