package dev.obsgen.core.render.grafana;

import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.CloudWatchAgent;
import dev.obsgen.model.collection.CloudWatchLogsStore;
import dev.obsgen.model.collection.Collection;
import dev.obsgen.model.collection.JaegerStore;
import dev.obsgen.model.collection.Link;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.collection.Signal;
import dev.obsgen.model.collection.Store;
import java.util.ArrayList;
import java.util.List;

/**
 * The data sources Grafana needs for a model, and only those it declares: Prometheus for its dashboards' queries, the
 * trace stores its collection writes traces to, and the log stores it writes logs to. Every URL is a model setting
 * (Prometheus's {@code queryUrl}, a Jaeger store's {@code queryUrl}, a search store's host and port variables, the
 * region of the CloudWatch agent writing to a CloudWatch store); where one is missing, {@link #missing()} names the
 * setting, and the model check {@code grafana/data-source} reports it before anything is rendered.
 */
public final class GrafanaDataSources {
    static final String PROMETHEUS_UID = "prometheus";
    static final String JAEGER_UID = "jaeger";
    static final String ELASTICSEARCH_UID = "elasticsearch";
    static final String CLOUDWATCH_UID = "cloudwatch";

    /** A setting the provisioning file needs and the model does not give: the element it belongs to, and what. */
    public record Missing(String element, String message) {
    }

    /** A CloudWatch Logs store and the region its agent writes to, which Grafana's data source queries. */
    record CloudWatchSource(CloudWatchLogsStore store, String region) {
    }

    private final Observability model;
    private final boolean prometheus;
    private final List<JaegerStore> traceStores;
    private final List<SearchStore> searchStores;
    private final List<CloudWatchSource> cloudWatchStores = new ArrayList<>();
    private final List<Missing> missing = new ArrayList<>();

    private GrafanaDataSources(Observability model) {
        this.model = model;
        // Every panel query of a model's dashboards is PromQL: dashboards need Prometheus even in a model that
        // declares no metrics or rules of its own (a panel may read up or a series another model declares).
        this.prometheus = !model.dashboards().isEmpty() || !model.metrics().isEmpty() || !model.ruleGroups().isEmpty();
        this.traceStores = fed(model.collection(), Signal.TRACES, JaegerStore.class);
        this.searchStores = fed(model.collection(), Signal.LOGS, SearchStore.class);
        if (prometheus && model.prometheus().queryUrl() == null) {
            missing.add(new Missing("prometheus settings", "queryUrl is not set; Grafana's Prometheus data source needs"
                    + " it: .prometheus(PrometheusSettings.defaults().withQueryUrl(\"http://prometheus:9090\"))"));
        }
        if (!model.spans().isEmpty() && traceStores.isEmpty()) {
            missing.add(new Missing("spans", "are declared, but the collection writes traces to no Jaeger store;"
                    + " Grafana's Jaeger data source needs one: withStore(new JaegerStore(..., queryUrl)) and a"
                    + " TRACES link to it"));
        }
        for (JaegerStore store : traceStores) {
            if (store.queryUrl() == null) {
                missing.add(new Missing("store '" + store.name() + "'", "queryUrl is not set; Grafana's Jaeger data"
                        + " source needs the URL of Jaeger's query service, such as http://jaeger-query:16686"));
            }
        }
        List<CloudWatchLogsStore> cloudWatch = fed(model.collection(), Signal.LOGS, CloudWatchLogsStore.class);
        if (model.logs() != null && searchStores.isEmpty() && cloudWatch.isEmpty()) {
            missing.add(new Missing("logs", "are declared, but the collection writes logs to no search or CloudWatch"
                    + " Logs store; Grafana's log data source needs one: declare the store and a LOGS link to it"));
        }
        for (CloudWatchLogsStore store : cloudWatch) {
            List<String> regions = model.collection().agents(CloudWatchAgent.class).stream()
                    .filter(agent -> model.collection().storesFed(agent.name(), Signal.LOGS, CloudWatchLogsStore.class)
                            .contains(store))
                    .map(CloudWatchAgent::region).distinct().toList();
            if (regions.size() == 1) {
                cloudWatchStores.add(new CloudWatchSource(store, regions.get(0)));
            } else {
                missing.add(new Missing("store '" + store.name() + "'", (regions.isEmpty() ? "has no region" : "has"
                        + " the regions " + String.join(", ", regions)) + "; Grafana's CloudWatch data source takes its"
                        + " one region from the CloudWatch agent that writes to the store"));
            }
        }
    }

    public static GrafanaDataSources of(Observability model) {
        return new GrafanaDataSources(model);
    }

    /** True when the model's files include Grafana's data source provisioning: a platform's model with dashboards. */
    public static boolean provisioned(Observability model) {
        return !model.isTeam() && !model.dashboards().isEmpty();
    }

    public List<Missing> missing() {
        return List.copyOf(missing);
    }

    boolean prometheus() {
        return prometheus;
    }

    String prometheusUrl() {
        return model.prometheus().queryUrl();
    }

    String scrapeInterval() {
        return model.prometheus().scrapeInterval();
    }

    List<JaegerStore> traceStores() {
        return traceStores;
    }

    List<SearchStore> searchStores() {
        return searchStores;
    }

    List<CloudWatchSource> cloudWatchStores() {
        return List.copyOf(cloudWatchStores);
    }

    /** The kind's uid when the model has one store of the kind; with several, the kind and the store's name. */
    static String uid(String kind, Store store, List<?> ofKind) {
        return ofKind.size() == 1 ? kind : kind + "-" + store.name();
    }

    /** The kind's name when the model has one store of the kind; with several, the store's name in parentheses. */
    static String name(String kind, Store store, List<?> ofKind) {
        return ofKind.size() == 1 ? kind : kind + " (" + store.name() + ")";
    }

    /** The stores of a type the collection sends a signal to, each once, in the order the collection declares them. */
    private static <T extends Store> List<T> fed(Collection collection, Signal signal, Class<T> type) {
        if (collection == null) {
            return List.of();
        }
        List<String> targets = collection.links().stream().filter(l -> l.signal() == signal).map(Link::to).toList();
        return collection.stores(type).stream().filter(store -> targets.contains(store.name())).toList();
    }
}
