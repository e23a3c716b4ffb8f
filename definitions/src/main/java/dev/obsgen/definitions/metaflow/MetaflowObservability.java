package dev.obsgen.definitions.metaflow;

import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.PrometheusSettings;
import java.util.List;
import java.util.Map;

/**
 * The Metaflow observability design as an obsgen model. Teams extend it by calling {@link #model()} and adding
 * their own elements.
 */
public final class MetaflowObservability implements ObservabilityDefinition {
    public static final String RUNBOOK_URL_PATTERN =
            "https://gitops.example.com/metaflow/observability/-/blob/main/generated/runbooks/%s.md";

    @Override
    public Observability define() {
        return model().build();
    }

    /** The reference model as a builder, for teams that add their own elements. */
    public static Observability.Builder model() {
        return Observability.named("metaflow")
                .withMetrics(MetaflowMetrics.keyMetrics())
                .withMetrics(MetaflowMetrics.useMetrics())
                .withMetrics(MetaflowMetrics.undeclaredByDesign())
                .withRuleGroup(MetaflowAlerts.critical())
                .withRuleGroup(MetaflowAlerts.capacity())
                .withRuleGroup(MetaflowAlerts.notable())
                .withRuleGroup(MetaflowRecordingRules.red())
                .withRuleGroup(MetaflowRecordingRules.use())
                .withScrapeJobs(MetaflowScrapeJobs.all())
                .prometheus(new PrometheusSettings("30s", "10s", "30s", Map.of("environment", "production"),
                        List.of("alertmanager:9093")).withQueryUrl("http://prometheus:9090"))
                .notifications(MetaflowNotifications.policy())
                .runbookUrlPattern(RUNBOOK_URL_PATTERN)
                .withCorrections(MetaflowCorrections.all())
                .withDashboards(MetaflowDashboards.all())
                .logs(MetaflowLogs.logs())
                .withSpans(MetaflowTraces.spans())
                .collection(MetaflowCollection.collection())
                .withSlos(MetaflowSlos.all())
                .withCorrections(MetaflowCollection.corrections());
    }
}
