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

    /** How the records of one class are named: null for a record that is a part of the enclosing element. */
    interface Namer {
        String name(Record record, int position, ElementScope enclosing, SharedNames shared);
    }

    private static final Namer PART = (record, position, enclosing, shared) -> null;

    // The walk names every record it meets, most of them parts; which rule names a class is found once.
    private static final ClassValue<Namer> NAMERS = new ClassValue<>() {
        @Override
        protected Namer computeValue(Class<?> type) {
            return namer(type);
        }
    };

    private ElementNames() {
    }

    /** The element the record is, named when asked; null when the record is a part of the enclosing element. */
    static ElementScope scope(Record record, int position, ElementScope enclosing, SharedNames shared) {
        Namer namer = NAMERS.get(record.getClass());
        return namer == PART ? null : new ElementScope(record, position, enclosing, namer, shared);
    }

    /** The first rule that names records of the type, in the order of the kinds above; {@link #PART} if none does. */
    private static Namer namer(Class<?> type) {
        if (Observability.class.isAssignableFrom(type)) {
            return (record, position, enclosing, shared) -> {
                Observability model = (Observability) record;
                return model.name() == null ? "model" : "model " + Elements.quoted(model.name(), position);
            };
        }
        for (NamedKind<?> kind : NAMED) {
            if (kind.type().isAssignableFrom(type)) {
                return (record, position, enclosing, shared) -> kind.name(record, position);
            }
        }
        if (AlertRule.class.isAssignableFrom(type)) {
            return (record, position, enclosing, shared) -> "alert " + Elements.quoted(((AlertRule) record).name(),
                    position) + shared.selector((AlertRule) record) + inGroup(enclosing);
        }
        if (RecordingRule.class.isAssignableFrom(type)) {
            return (record, position, enclosing, shared) -> "recording rule "
                    + Elements.quoted(((RecordingRule) record).name(), position)
                    + shared.selector((RecordingRule) record) + inGroup(enclosing);
        }
        if (AlertScenario.class.isAssignableFrom(type)) {
            return (record, position, enclosing, shared) -> enclosing.name() + ", scenario "
                    + Elements.quoted(((AlertScenario) record).name(), position);
        }
        if (RecordingExample.class.isAssignableFrom(type)) {
            return (record, position, enclosing, shared) -> enclosing.name() + ", example "
                    + Elements.quoted(((RecordingExample) record).name(), position);
        }
        String single = SINGLE.get(type);
        if (single != null) {
            return (record, position, enclosing, shared) -> single;
        }
        if (SeverityRoute.class.isAssignableFrom(type)) {
            return (record, position, enclosing, shared) -> {
                SeverityRoute route = (SeverityRoute) record;
                return route.severity() == null ? "route #" + position
                        : "route for severity " + route.severity().label();
            };
        }
        if (Inhibition.class.isAssignableFrom(type)) {
            return (record, position, enclosing, shared) -> "inhibition #" + position;
        }
        if (DesignCorrection.class.isAssignableFrom(type)) {
            return (record, position, enclosing, shared) -> "design correction #" + position;
        }
        if (Link.class.isAssignableFrom(type)) {
            return (record, position, enclosing, shared) -> {
                Link link = (Link) record;
                return link.from() == null || link.to() == null || link.signal() == null ? "link #" + position
                        : "link " + link.from() + " -> " + link.to() + " (" + link.signal().label() + ")";
            };
        }
        for (NamedKind<?> kind : DASHBOARD_PARTS) {
            if (kind.type().isAssignableFrom(type)) {
                // A panel, row, variable, annotation or link, named with the dashboard it is in.
                return (record, position, enclosing, shared) -> {
                    ElementScope dashboard = enclosing.nearest(Dashboard.class);
                    return kind.name(record, position) + (dashboard == null ? "" : " of " + dashboard.name());
                };
            }
        }
        return PART;
    }

    /**
     * Whether a component only groups fields of its owner and is left out of field names: a panel's {@code common}
     * part holds the panel's own title, description and queries, so {@code expr of target #1}, not
     * {@code expr of target #1 of common}.
     */
    static boolean unnamed(Class<?> owner, String component) {
        return Panel.class.isAssignableFrom(owner) && component.equals("common");
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
