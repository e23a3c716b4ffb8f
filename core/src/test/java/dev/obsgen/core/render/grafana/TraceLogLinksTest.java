package dev.obsgen.core.render.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.CollectionSampleModel;
import dev.obsgen.core.SampleModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Traces and logs link both ways on the trace id, with Grafana's own variables escaped from provisioning's $VAR. */
class TraceLogLinksTest {
    @Test
    void aSpanOpensItsLogsAndALogLineOpensItsTrace() {
        TraceLogLinks links = TraceLogLinks.of(CollectionSampleModel.model(), GrafanaSettings.defaults());
        @SuppressWarnings("unchecked")
        Map<String, Object> toLogs = (Map<String, Object>) links.tracesToLogs().get("tracesToLogsV2");
        assertEquals(TraceLogLinks.LOGS_UID, toLogs.get("datasourceUid"));
        assertEquals("trace_id:\"$${__trace.traceId}\"", toLogs.get("query"));
        assertEquals(true, toLogs.get("filterByTraceID"));
        assertEquals(List.of(Map.of("field", "trace_id", "url", "$${__value.raw}", "datasourceUid", TraceLogLinks.JAEGER_UID)),
                links.logsJsonData().get("dataLinks"));
    }

    @Test
    void theStoresOfTheTopologyGiveTheUrlsAndCredentials() {
        TraceLogLinks links = TraceLogLinks.of(CollectionSampleModel.model(), GrafanaSettings.defaults());
        assertEquals(true, links.elasticsearchUrl().matches("https?://\\$\\{[A-Z_]+}:\\$\\{[A-Z_]+}"), links.elasticsearchUrl());
        assertEquals(true, links.passwordReference().matches("\\$[A-Z_]+"), links.passwordReference());
    }

    @Test
    void withoutATopologyTheSettingsDefaultsServe() {
        TraceLogLinks links = TraceLogLinks.of(SampleModel.model(), GrafanaSettings.defaults());
        assertEquals(GrafanaSettings.defaults().jaegerUrl(), links.jaegerUrl());
        assertEquals(GrafanaSettings.defaults().elasticsearchUrl(), links.elasticsearchUrl());
    }
}
