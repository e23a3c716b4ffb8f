package dev.obsgen.core.check.grafana;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.core.render.grafana.GrafanaDataSources;
import dev.obsgen.model.Observability;

/**
 * Grafana's data sources come from the model and only from it: a model whose files include the data source
 * provisioning (a platform's model with dashboards) must give every URL the data sources it declares need, since
 * there are no hidden defaults to fall back on. The list of what is needed is the renderer's own.
 */
@CheckDefinition(
        id = "grafana/data-source",
        severity = FindingSeverity.ERROR,
        summary = "Every data source the model declares has its URL: Prometheus's queryUrl, each trace store's.",
        example = "a model with dashboards and metrics whose PrometheusSettings have no queryUrl, or spans and no"
                + " Jaeger store",
        fix = "Set the setting the finding names, such as PrometheusSettings.withQueryUrl(\"http://prometheus:9090\")"
                + " or a JaegerStore's queryUrl, and link traces and logs to the stores Grafana reads.")
public final class GrafanaDataSourceSettings implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        if (!GrafanaDataSources.provisioned(model)) {
            return;
        }
        for (GrafanaDataSources.Missing missing : GrafanaDataSources.of(model).missing()) {
            findings.report(missing.element(), missing.message());
        }
    }
}
