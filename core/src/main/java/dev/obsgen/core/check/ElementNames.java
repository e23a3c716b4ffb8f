package dev.obsgen.core.check;

import dev.obsgen.model.DesignCorrection;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Inhibition;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.TimeInterval;
import dev.obsgen.model.collection.Agent;
import dev.obsgen.model.collection.Collection;
import dev.obsgen.model.collection.Link;
import dev.obsgen.model.collection.OtelCollector;
import dev.obsgen.model.collection.Source;
import dev.obsgen.model.collection.Store;
import dev.obsgen.model.dashboard.AnnotationQuery;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DashboardLink;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.Row;
import dev.obsgen.model.dashboard.Variable;
import dev.obsgen.model.log.LogEvent;
import dev.obsgen.model.log.LogRecordSchema;
import dev.obsgen.model.log.LogSource;
import dev.obsgen.model.log.Logs;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.trace.Span;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which model records are elements of their own, and their names as the checks write them ({@link Elements} and
 * the dashboard checks use the same words). Every other record is a part of the element it is in. A missing name is
 * replaced by the position in its list, so a finding about that very null still points somewhere:
 * {@code alert #2 in group 'g'}.
 */
final class ElementNames {
    /**
     * Elements named by a word and their own name: {@code metric 'http_requests_total'}, {@code span #3}. The first
     * kind a record is an instance of names it, so a collector comes before the agents it is one of.
     */
    private static final List<NamedKind<?>> NAMED = List.of(
            new NamedKind<>(Metric.class, "metric", Metric::name),
            new NamedKind<>(RuleGroup.class, "rule group", RuleGroup::name),
            new NamedKind<>(ScrapeJob.class, "scrape job", ScrapeJob::name),
            new NamedKind<>(Receiver.class, "receiver", Receiver::name),
            new NamedKind<>(TimeInterval.class, "time interval", TimeInterval::name),
            new NamedKind<>(Dashboard.class, "dashboard", Dashboard::uid),
            new NamedKind<>(LogEvent.class, "log event", LogEvent::name),
            new NamedKind<>(LogSource.class, "log source", LogSource::name),
            new NamedKind<>(Span.class, "span", Span::name),
            new NamedKind<>(Source.class, "source", Source::name),
            new NamedKind<>(OtelCollector.class, "collector", OtelCollector::name),
            new NamedKind<>(Agent.class, "agent", Agent::name),
            new NamedKind<>(Store.class, "store", Store::name));

    /** The parts of a dashboard that are elements of their own, named with the dashboard. */
    private static final List<NamedKind<?>> DASHBOARD_PARTS = List.of(
            new NamedKind<>(Panel.class, "panel", panel -> panel.common() == null ? null : panel.common().title()),
            new NamedKind<>(Row.class, "row", Row::title),
            new NamedKind<>(Variable.class, "variable", Variable::name),
            new NamedKind<>(AnnotationQuery.class, "annotation", AnnotationQuery::name),
            new NamedKind<>(DashboardLink.class, "link", DashboardLink::title));

    /** Elements a model has at most one of, named by their kind alone. */
    private static final Map<Class<? extends Record>, String> SINGLE = Map.of(NotificationPolicy.class,
            "notification policy", Logs.class, "logs", LogRecordSchema.class, "log record", Collection.class,
            "collection");

    private ElementNames() {
    }

    /** The element's name, or null when the record is a part of the enclosing element. */
    static String of(Record record, int position, ElementScope enclosing, SharedNames shared) {
        if (record instanceof Observability model) {
            return model.name() == null ? "model" : "model " + Elements.quoted(model.name(), position);
        }
        for (NamedKind<?> kind : NAMED) {
            if (kind.type().isInstance(record)) {
                return kind.name(record, position);
            }
        }
        if (record instanceof AlertRule alert) {
            return "alert " + Elements.quoted(alert.name(), position) + shared.selector(alert) + inGroup(enclosing);
        }
        if (record instanceof RecordingRule rule) {
            return "recording rule " + Elements.quoted(rule.name(), position) + shared.selector(rule)
                    + inGroup(enclosing);
        }
        if (record instanceof AlertScenario scenario) {
            return enclosing.name() + ", scenario " + Elements.quoted(scenario.name(), position);
        }
        if (record instanceof RecordingExample example) {
            return enclosing.name() + ", example " + Elements.quoted(example.name(), position);
        }
        String single = SINGLE.get(record.getClass());
        if (single != null) {
            return single;
        }
        if (record instanceof SeverityRoute route) {
            return route.severity() == null ? "route #" + position : "route for severity " + route.severity().label();
        }
        if (record instanceof Inhibition) {
            return "inhibition #" + position;
        }
        if (record instanceof DesignCorrection) {
            return "design correction #" + position;
        }
        if (record instanceof Link link) {
            return link.from() == null || link.to() == null || link.signal() == null ? "link #" + position
                    : "link " + link.from() + " -> " + link.to() + " (" + link.signal().label() + ")";
        }
        return dashboardPart(record, position, enclosing);
    }

    /**
     * Whether a component only groups fields of its owner and is left out of field names: a panel's {@code common}
     * part holds the panel's own title, description and queries, so {@code expr of target #1}, not
     * {@code expr of target #1 of common}.
     */
    static boolean unnamed(Class<?> owner, String component) {
        return Panel.class.isAssignableFrom(owner) && component.equals("common");
    }

    /** A panel, row, variable, annotation or link, named with the dashboard it is in; null for any other record. */
    private static String dashboardPart(Record record, int position, ElementScope enclosing) {
        for (NamedKind<?> kind : DASHBOARD_PARTS) {
            if (kind.type().isInstance(record)) {
                ElementScope dashboard = enclosing.nearest(Dashboard.class);
                return kind.name(record, position) + (dashboard == null ? "" : " of " + dashboard.name());
            }
        }
        return null;
    }

    private static String inGroup(ElementScope enclosing) {
        ElementScope group = enclosing.nearest(RuleGroup.class);
        if (group == null) {
            return "";
        }
        return " in group " + Elements.quoted(((RuleGroup) group.record()).name(), group.position());
    }

    private record NamedKind<R>(Class<R> type, String word, Function<R, String> nameOf) {
        String name(Record record, int position) {
            return word + " " + Elements.quoted(nameOf.apply(type.cast(record)), position);
        }
    }
}
