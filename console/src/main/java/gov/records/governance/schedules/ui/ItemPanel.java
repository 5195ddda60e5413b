package gov.records.governance.schedules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import gov.records.governance.groups.GroupService;
import gov.records.governance.locks.LockRow;
import gov.records.governance.locks.LockTarget;
import gov.records.governance.locks.RetentionLockService;
import gov.records.governance.locks.ui.LockDialog;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.schedules.AssignmentRow;
import gov.records.governance.schedules.ScheduleItemRow;
import gov.records.governance.schedules.ScheduleService;
import gov.records.governance.shared.ValidationException;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The selected item: its details, what it is assigned to, and (for records officers) the
 * actions.
 */
class ItemPanel extends VerticalLayout {

	private final ScheduleService schedules;

	private final GroupService groups;

	private final OrganizationService organizations;

	private final RetentionLockService locks;

	private final boolean officer;

	private final Runnable changed;

	/** True while the list shows a past date: no actions (DD066). */
	private boolean past;

	ItemPanel(ScheduleService schedules, GroupService groups, OrganizationService organizations,
			RetentionLockService locks, boolean officer, Runnable changed) {
		this.locks = locks;
		this.schedules = schedules;
		this.groups = groups;
		this.organizations = organizations;
		this.officer = officer;
		this.changed = changed;
		setId("item-panel");
		show(null);
	}

	void past(boolean value) {
		this.past = value;
	}

	void show(@Nullable ScheduleItemRow item) {
		removeAll();
		if (item == null) {
			add(new Paragraph("Select an item to see its details and assignments."));
			return;
		}
		add(new H3(item.reference()), new Paragraph(item.title()));
		add(fact("Disposition", item.disposition().name() + ", " + ScheduleListView.retention(item)));
		add(fact("Authority", Objects.requireNonNullElse(item.authority(), "none recorded")));
		add(fact("Cutoff", Objects.requireNonNullElse(item.cutoffRule(), "—")));
		add(fact("Scope", Objects.requireNonNullElse(item.scopeText(), "—")));
		add(fact("Effective",
				item.effectiveFrom() + ((item.effectiveTo() != null) ? " to " + item.effectiveTo() : "")));
		if (item.supersededBy() != null) {
			add(fact("Superseded by", item.supersededBy()));
		}
		if (this.officer && !this.past) {
			Button edit = new Button("Edit", VaadinIcon.EDIT.create(),
					(click) -> new ScheduleItemDialog(this.schedules, item, this.changed).open());
			edit.setId("edit-item");
			Button assign = new Button("Assign…", VaadinIcon.LINK.create(),
					(click) -> new AssignDialog(this.schedules, this.groups, this.organizations, item, this.changed)
						.open());
			assign.setId("assign-item");
			assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			Button supersede = new Button("Supersede…", VaadinIcon.EXCHANGE.create(),
					(click) -> new EndItemDialog(this.schedules, item, true, this.changed).open());
			supersede.setId("supersede-item");
			Button retire = new Button("Retire…", VaadinIcon.STOP.create(),
					(click) -> new EndItemDialog(this.schedules, item, false, this.changed).open());
			retire.setId("retire-item");
			boolean ended = item.effectiveTo() != null;
			supersede.setEnabled(!ended);
			retire.setEnabled(!ended);
			add(new HorizontalLayout(edit, assign, supersede, retire));
		}
		add(new H4("Assigned to"));
		Grid<AssignmentRow> grid = new Grid<>();
		grid.setId("assignment-grid");
		grid.addColumn(AssignmentRow::target).setHeader("Target").setFlexGrow(3);
		grid.addColumn(AssignmentRow::assignedBy).setHeader("By").setAutoWidth(true);
		Map<Long, LockRow> locked = this.locks.locks()
			.stream()
			.filter((l) -> l.target() == LockTarget.ASSIGNMENT)
			.collect(Collectors.toMap(LockRow::targetId, (l) -> l, (a, b) -> b));
		grid.addColumn((a) -> locked.containsKey(a.id()) ? "Locked (lock " + locked.get(a.id()).id() + ")" : "")
			.setHeader("Lock")
			.setAutoWidth(true);
		if (this.officer && !this.past) {
			grid.addComponentColumn((a) -> {
				Button lock = new Button("Lock…", VaadinIcon.LOCK.create(),
						(click) -> LockDialog
							.forAssignment(this.locks, a.id(), a.target(), ScheduleListView.retention(item),
									this.changed)
							.open());
				lock.addThemeVariants(ButtonVariant.LUMO_SMALL);
				lock.setVisible(!locked.containsKey(a.id()));
				Button remove = new Button(VaadinIcon.TRASH.create(), (click) -> unassign(a));
				remove.setAriaLabel("Remove the assignment to " + a.target());
				return new HorizontalLayout(lock, remove);
			}).setHeader("").setAutoWidth(true);
		}
		grid.setItems(this.schedules.assignments(item.id()));
		grid.setEmptyStateText("Not assigned: this item applies to nothing yet.");
		grid.setAllRowsVisible(true);
		add(grid);
	}

	private void unassign(AssignmentRow assignment) {
		try {
			this.schedules.unassign(assignment.id());
			Notification.show("Removed: " + assignment.target()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			this.changed.run();
		}
		catch (ValidationException ex) {
			Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private static Paragraph fact(String label, String value) {
		Paragraph p = new Paragraph(label + ": " + value);
		p.getStyle().set("margin", "0");
		return p;
	}

}
