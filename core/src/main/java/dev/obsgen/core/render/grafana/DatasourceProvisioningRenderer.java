package dev.obsgen.core.render.grafana;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.List;
import java.util.Map;

/**
 * Grafana's data sources: Prometheus (the default, its {@code timeInterval} the global scrape interval so
 * {@code $__rate_interval} never spans fewer than four scrapes), Jaeger, Elasticsearch and CloudWatch. Secrets are
 * only in {@code secureJsonData} and only as {@code $VAR} references Grafana expands from its environment.
 * Where the model has a collection topology, Jaeger and Elasticsearch come from its stores, linked both ways on the
 * trace id: a span opens its logs, a log line opens its trace.
 */
public final class DatasourceProvisioningRenderer implements Renderer {
    public static final String PROMETHEUS_UID = "prometheus";

    private final GrafanaSettings grafana;

    public DatasourceProvisioningRenderer(GrafanaSettings grafana) {
        this.grafana = grafana;
    }

    public DatasourceProvisioningRenderer() {
        this(GrafanaSettings.defaults());
    }

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        if (model.dashboards().isEmpty()) {
            return List.of();
        }
        Map<String, Object> prometheus = datasource("Prometheus", "prometheus", PROMETHEUS_UID, grafana.prometheusUrl(), true)
                .put("jsonData", JsonObject.of()
                        .put("httpMethod", "POST")
                        .put("prometheusType", "Prometheus")
                        .put("timeInterval", model.prometheus().scrapeInterval()))
                .map();
        TraceLogLinks links = TraceLogLinks.of(model, grafana);
        Map<String, Object> jaeger = datasource("Jaeger", "jaeger", TraceLogLinks.JAEGER_UID, links.jaegerUrl(), false)
                .put("jsonData", links.tracesToLogs())
                .map();
        Map<String, Object> elasticsearch = datasource("Elasticsearch", "elasticsearch", TraceLogLinks.LOGS_UID,
                links.elasticsearchUrl(), false)
                .put("basicAuth", true)
                .put("basicAuthUser", links.userReference())
                .put("jsonData", links.logsJsonData())
                .put("secureJsonData", JsonObject.of().put("basicAuthPassword", links.passwordReference()))
                .map();
        Map<String, Object> cloudwatch = JsonObject.of()
                .put("name", "CloudWatch")
                .put("type", "cloudwatch")
                .put("uid", "cloudwatch")
                .put("access", "proxy")
                .put("isDefault", false)
                .put("editable", false)
                .put("jsonData", JsonObject.of().put("authType", "keys").put("defaultRegion", grafana.cloudwatchRegion()))
                .put("secureJsonData", JsonObject.of()
                        .put("accessKey", "$AWS_ACCESS_KEY_ID")
                        .put("secretKey", "$AWS_SECRET_ACCESS_KEY"))
                .map();
        Map<String, Object> document = JsonObject.of()
                .put("apiVersion", 1)
                .put("datasources", List.of(prometheus, jaeger, elasticsearch, cloudwatch))
                .map();
        return List.of(GeneratedFile.text(DashboardPaths.DATASOURCES, YamlFormat.write(document, settings.header())));
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
