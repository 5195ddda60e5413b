package gov.records.governance.schedules.ui;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.html.Span;
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
		// in the grid's words ("Temporary, 6 years"; "Permanent"), not the enum's
		add(fact("Disposition", ScheduleListView.disposition(item)));
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
			// the actions wrap to a second line rather than push the panel wider (DD081)
			HorizontalLayout actions = new HorizontalLayout(edit, assign, supersede, retire);
			actions.setId("item-actions");
			actions.setWrap(true);
			actions.setWidthFull();
			add(actions);
		}
		add(new H4("Assigned to"));
		Grid<AssignmentRow> grid = new Grid<>();
		grid.setId("assignment-grid");
		// the target takes the room the lock column leaves and wraps, who assigned it on
		// a
		// second line and its whole text also on hover; the panel's width is fixed by the
		// view, never by its content (DD081)
		grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer
			.<AssignmentRow>of("<span>${item.target}</span><br><small style=\"color:var(--lumo-secondary-text-color)\">"
					+ "by ${item.by}</small>")
			.withProperty("target", AssignmentRow::target)
			.withProperty("by", AssignmentRow::assignedBy))
			.setHeader("Target")
			.setWidth("8rem")
			.setFlexGrow(1)
			.setTooltipGenerator(AssignmentRow::target);
		Map<Long, LockRow> locked = this.locks.locks()
			.stream()
			.filter((l) -> l.target() == LockTarget.ASSIGNMENT)
			.collect(Collectors.toMap(LockRow::targetId, (l) -> l, (a, b) -> b));
		boolean acts = this.officer && !this.past;
		// the lock's state, or for an officer the button that sets it, and the removal
		grid.addComponentColumn((a) -> {
			LockRow lock = locked.get(a.id());
			HorizontalLayout cell = new HorizontalLayout();
			cell.setSpacing(false);
			cell.setAlignItems(FlexComponent.Alignment.CENTER);
			cell.getStyle().set("gap", "var(--lumo-space-xs)");
			if (lock != null) {
				cell.add(new Span("Locked (lock " + lock.id() + ")"));
			}
			else if (acts) {
				Button button = new Button("Lock…", VaadinIcon.LOCK.create(),
						(click) -> LockDialog
							.forAssignment(this.locks, a.id(), a.target(), ScheduleListView.retention(item),
									this.changed)
							.open());
				button.addThemeVariants(ButtonVariant.LUMO_SMALL);
				cell.add(button);
			}
			if (acts) {
				Button remove = new Button(VaadinIcon.TRASH.create(), (click) -> unassign(a));
				remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
				remove.setAriaLabel("Remove the assignment to " + a.target());
				remove.setTooltipText("Remove the assignment");
				cell.add(remove);
			}
			return cell;
		}).setHeader("Lock").setAutoWidth(true).setFlexGrow(0);
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
