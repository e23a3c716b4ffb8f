package dev.obsgen.core.render.grafana;

import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.JaegerStore;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.collection.Store;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Jaeger and Elasticsearch data sources as the collection topology describes them, and the links between them
 * on the trace id. Grafana expands {@code $VAR} in provisioning files from its environment, so the data source
 * variables Grafana itself fills in ({@code ${__trace.traceId}}, {@code ${__value.raw}}) are written {@code $$}.
 */
record TraceLogLinks(String jaegerUrl, String elasticsearchUrl, String index, String userReference,
                     String passwordReference, String traceIdField) {
    static final String JAEGER_UID = "jaeger";
    static final String LOGS_UID = "elasticsearch";

    static TraceLogLinks of(Observability model, GrafanaSettings grafana) {
        List<Store> stores = model.collection() == null ? List.of() : model.collection().stores();
        Optional<SearchStore> search = stores.stream().filter(SearchStore.class::isInstance).map(SearchStore.class::cast)
                .findFirst();
        Optional<JaegerStore> jaeger = stores.stream().filter(JaegerStore.class::isInstance).map(JaegerStore.class::cast)
                .findFirst();
        String jaegerUrl = jaeger.map(JaegerStore::queryUrl).orElse(grafana.jaegerUrl());
        if (search.isEmpty()) {
            return new TraceLogLinks(jaegerUrl, grafana.elasticsearchUrl(), grafana.elasticsearchIndex(),
                    "$ELASTICSEARCH_USER", "$ELASTICSEARCH_PASSWORD", "trace_id");
        }
        SearchStore store = search.get();
        String scheme = store.tls() != null ? "https" : "http";
        String url = scheme + "://${" + store.hostVariable() + "}:${" + store.portVariable() + "}";
        String index = store.template().patterns().isEmpty() ? store.index() : store.template().patterns().get(0);
        return new TraceLogLinks(jaegerUrl, url, index,
                store.userVariable() == null ? "" : "$" + store.userVariable(),
                store.passwordVariable() == null ? "" : "$" + store.passwordVariable(), "trace_id");
    }

    /** Jaeger's link to the logs of a span's trace, shifted a few minutes either way to catch its log lines. */
    Map<String, Object> tracesToLogs() {
        return JsonObject.of()
                .put("tracesToLogsV2", JsonObject.of()
                        .put("datasourceUid", LOGS_UID)
                        .put("filterByTraceID", true)
                        .put("customQuery", true)
                        .put("query", traceIdField + ":\"$${__trace.traceId}\"")
                        .put("spanStartTimeShift", "-5m")
                        .put("spanEndTimeShift", "5m"))
                .map();
    }

    /** The log index, the record's fields Grafana shows, and each log line's link to its trace in Jaeger. */
    Map<String, Object> logsJsonData() {
        return JsonObject.of()
                .put("index", index)
                .put("timeField", "@timestamp")
                .put("logMessageField", "message")
                .put("logLevelField", "level")
                .put("dataLinks", List.of(JsonObject.of()
                        .put("field", traceIdField)
                        .put("url", "$${__value.raw}")
                        .put("datasourceUid", JAEGER_UID)
                        .map()))
                .map();
    }
}
