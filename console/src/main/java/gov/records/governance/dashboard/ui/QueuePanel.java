package gov.records.governance.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.dashboard.OwnRequest;
import gov.records.governance.dashboard.QueueFigures;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupFilter.Attention;
import gov.records.governance.groups.ui.GroupDetailsView;
import java.util.Locale;

/**
 * The administrator's queue (issue 14, build 2): the groups in scope that need attention,
 * by reason, each count a link to the Groups list filtered by it, and where the
 * administrator's own latest change requests stand.
 */
class QueuePanel extends Composite<Div> {

	QueuePanel(QueueFigures queue) {
		Div content = getContent();
		content.setId("queue");
		content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
				LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
				LumoUtility.BorderRadius.LARGE);
		content.getStyle().set("flex", "1 1 17rem").set("max-width", "30rem");
		H3 heading = new H3("Your queue");
		heading.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
		content.add(heading);
		for (Attention a : Attention.values()) {
			long count = queue.groups().getOrDefault(a, 0L);
			RouterLink link = Drilldowns.groups(Formats.number(count), GroupFilter.none().withAttention(a), null);
			link.setId("queue-" + a.parameter());
			link.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
			if (count > 0 && a != Attention.ON_HOLD) {
				link.addClassNames("needs-action", LumoUtility.TextColor.ERROR);
			}
			Span label = new Span(a.label() + " groups");
			label.getStyle().set("flex", "1");
			Div line = new Div(label, link);
			line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.SMALL);
			content.add(line);
		}
		Span own = new Span("Your latest change requests");
		own.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
		content.add(own);
		if (queue.ownRequests().isEmpty()) {
			content.add(new Span("You have not requested a change yet."));
		}
		for (OwnRequest r : queue.ownRequests()) {
			RouterLink group = new RouterLink(r.groupName(), GroupDetailsView.class,
					new RouteParameters("groupId", String.valueOf(r.groupId())));
			Span state = new Span(state(r));
			state.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
			Div line = new Div(group, state);
			line.setId("own-request-" + r.id());
			line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
			content.add(line);
		}
	}

	private static String state(OwnRequest r) {
		String status = r.status().charAt(0) + r.status().substring(1).toLowerCase(Locale.ROOT);
		String text = status + " · requested " + Formats.time(r.requestedAt(), "");
		if (r.decidedBy() != null) {
			text += " · decided by " + r.decidedBy() + " " + Formats.time(r.decidedAt(), "");
		}
		return text;
	}

}
