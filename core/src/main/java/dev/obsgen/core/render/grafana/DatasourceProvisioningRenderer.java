package dev.obsgen.core.render.grafana;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.JaegerStore;
import dev.obsgen.model.collection.SearchStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Grafana's data sources, only those the model declares ({@link GrafanaDataSources}): Prometheus (the default, its
 * {@code timeInterval} the global scrape interval so {@code $__rate_interval} never spans fewer than four scrapes),
 * a Jaeger data source per trace store, an Elasticsearch data source per search store and a CloudWatch data source
 * per CloudWatch Logs store the collection writes logs to. Secrets are only in {@code secureJsonData} and only as
 * {@code $VAR} references Grafana expands from its environment. Where the model has both, traces and logs are
 * linked both ways on the trace id: a span opens its logs, a log line opens its trace. Grafana expands {@code $VAR}
 * in provisioning files, so the variables Grafana itself fills in ({@code ${__trace.traceId}},
 * {@code ${__value.raw}}) are written {@code $$}.
 */
public final class DatasourceProvisioningRenderer implements Renderer {
    private static final String TRACE_ID_FIELD = "trace_id";

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        if (!GrafanaDataSources.provisioned(model)) {
            return List.of();
        }
        GrafanaDataSources sources = GrafanaDataSources.of(model);
        if (!sources.missing().isEmpty()) {
            // The check grafana/data-source stops generation before this; a direct call gets the same words.
            throw new IllegalStateException(sources.missing().stream().map(m -> m.element() + ": " + m.message())
                    .collect(Collectors.joining("; ")));
        }
        List<Map<String, Object>> datasources = new ArrayList<>();
        if (sources.prometheus()) {
            datasources.add(datasource("Prometheus", "prometheus", GrafanaDataSources.PROMETHEUS_UID,
                    sources.prometheusUrl(), true)
                    .put("jsonData", JsonObject.of()
                            .put("httpMethod", "POST")
                            .put("prometheusType", "Prometheus")
                            .put("timeInterval", sources.scrapeInterval()))
                    .map());
        }
        List<JaegerStore> traces = sources.traceStores();
        List<SearchStore> searches = sources.searchStores();
        for (JaegerStore store : traces) {
            JsonObject jaeger = datasource(GrafanaDataSources.name("Jaeger", store, traces), "jaeger",
                    GrafanaDataSources.uid(GrafanaDataSources.JAEGER_UID, store, traces), store.queryUrl(), false);
            if (!searches.isEmpty()) {
                jaeger.put("jsonData", tracesToLogs(GrafanaDataSources.uid(GrafanaDataSources.ELASTICSEARCH_UID,
                        searches.get(0), searches)));
            }
            datasources.add(jaeger.map());
        }
        for (SearchStore store : searches) {
            String scheme = store.tls() != null ? "https" : "http";
            String url = scheme + "://${" + store.hostVariable() + "}:${" + store.portVariable() + "}";
            String index = store.template().patterns().isEmpty() ? store.index() : store.template().patterns().get(0);
            String traceUid = traces.isEmpty() ? null
                    : GrafanaDataSources.uid(GrafanaDataSources.JAEGER_UID, traces.get(0), traces);
            JsonObject search = datasource(GrafanaDataSources.name("Elasticsearch", store, searches), "elasticsearch",
                    GrafanaDataSources.uid(GrafanaDataSources.ELASTICSEARCH_UID, store, searches), url, false)
                    .put("jsonData", logsJsonData(index, traceUid));
            // Credentials only where the store has them, and then only as references to Grafana's environment.
            if (store.userVariable() != null) {
                search.put("basicAuth", true).put("basicAuthUser", "$" + store.userVariable());
            }
            if (store.passwordVariable() != null) {
                search.put("secureJsonData", JsonObject.of().put("basicAuthPassword", "$" + store.passwordVariable()));
            }
            datasources.add(search.map());
        }
        List<GrafanaDataSources.CloudWatchSource> cloudWatch = sources.cloudWatchStores();
        for (GrafanaDataSources.CloudWatchSource source : cloudWatch) {
            datasources.add(JsonObject.of()
                    .put("name", GrafanaDataSources.name("CloudWatch", source.store(), cloudWatch))
                    .put("type", "cloudwatch")
                    .put("uid", GrafanaDataSources.uid(GrafanaDataSources.CLOUDWATCH_UID, source.store(), cloudWatch))
                    .put("access", "proxy")
                    .put("isDefault", false)
                    .put("editable", false)
                    .put("jsonData", JsonObject.of().put("authType", "keys").put("defaultRegion", source.region()))
                    .put("secureJsonData", JsonObject.of()
                            .put("accessKey", "$AWS_ACCESS_KEY_ID")
                            .put("secretKey", "$AWS_SECRET_ACCESS_KEY"))
                    .map());
        }
        Map<String, Object> document = JsonObject.of()
                .put("apiVersion", 1)
                .put("datasources", datasources)
                .map();
        return List.of(GeneratedFile.text(DashboardPaths.DATASOURCES, YamlFormat.write(document, settings.header())));
    }

    /** Jaeger's link to the logs of a span's trace, shifted a few minutes either way to catch its log lines. */
    private static Map<String, Object> tracesToLogs(String logsUid) {
        return JsonObject.of()
                .put("tracesToLogsV2", JsonObject.of()
                        .put("datasourceUid", logsUid)
                        .put("filterByTraceID", true)
                        .put("customQuery", true)
                        .put("query", TRACE_ID_FIELD + ":\"$${__trace.traceId}\"")
                        .put("spanStartTimeShift", "-5m")
                        .put("spanEndTimeShift", "5m"))
                .map();
    }

    /** The log index, the record's fields Grafana shows, and each log line's link to its trace in Jaeger if any. */
    private static Map<String, Object> logsJsonData(String index, String traceUid) {
        JsonObject data = JsonObject.of()
                .put("index", index)
                .put("timeField", "@timestamp")
                .put("logMessageField", "message")
                .put("logLevelField", "level");
        if (traceUid != null) {
            data.put("dataLinks", List.of(JsonObject.of()
                    .put("field", TRACE_ID_FIELD)
                    .put("url", "$${__value.raw}")
                    .put("datasourceUid", traceUid)
                    .map()));
        }
        return data.map();
    }

    private static JsonObject datasource(String name, String type, String uid, String url, boolean isDefault) {
        return JsonObject.of()
                .put("name", name)
                .put("type", type)
                .put("uid", uid)
                .put("access", "proxy")
                .put("url", url)
                .put("isDefault", isDefault)
                .put("editable", false);
    }
}
