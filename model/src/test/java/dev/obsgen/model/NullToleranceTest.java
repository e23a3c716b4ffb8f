package dev.obsgen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.model.alerting.Matcher;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.TimeInterval;
import dev.obsgen.model.collection.IndexTemplate;
import dev.obsgen.model.collection.SearchEngine;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.FieldOverride;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Legend;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PanelBuilder;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.dashboard.Row;
import dev.obsgen.model.dashboard.ThresholdStep;
import dev.obsgen.model.dashboard.Thresholds;
import dev.obsgen.model.dashboard.Transformation;
import dev.obsgen.model.dashboard.ValueMapping;
import dev.obsgen.model.log.LogSource;
import dev.obsgen.model.metric.Label;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.scrape.KubernetesDiscovery;
import dev.obsgen.model.scrape.Relabel;
import dev.obsgen.model.scrape.StaticDiscovery;
import dev.obsgen.model.trace.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A null a user passes is kept for the check that names it: no constructor, factory or builder of the model
 * throws on one, or on what it would derive from one.
 */
class NullToleranceTest {
    static Stream<Arguments> buildersGivenNulls() {
        return Stream.of(
                given("a model without a name", () -> Observability.named(null).build()),
                given("a null metric and null lists", () -> Observability.named("m").withMetric((Metric) null).withMetrics(null)
                        .withDashboards(null).withSpans(null).withCorrections(null).withScrapeJobs(null).build()),
                given("a metric without name, help or labels", () -> Metric.gauge(null).help(null)
                        .withLabels((String[]) null).withLabels("a", null).build()),
                given("a histogram without buckets", () -> Metric.histogram("h").buckets((double[]) null).build()),
                given("an alert, a group and a scenario without names", () -> RuleGroup.named(null)
                        .withRule(Rule.alert(null).label(null, "x").annotation("a", null)
                                .withScenario(AlertScenario.fires(null).withAlert((String[]) null)))
                        .withRule((Rule) null).build()),
                given("varargs holding a null", () -> List.of(Label.of("l", "a", null),
                        Receiver.named("r", (Slack) null),
                        SeverityRoute.during(null, null, (String) null), StaticDiscovery.of((String) null),
                        KubernetesDiscovery.pods((String) null), LogSource.of("s", null, (String) null),
                        Legend.table((String) null), FieldOverride.byName(null, (FieldOverride.Property) null),
                        TimeInterval.weekdays(null, null, null, null, null), IndexTemplate.dataStream(null, null, 1),
                        Relabel.keep(null, null), Span.child("s", null).withAttributes(null, null).build())),
                given("factories that derive from a null", () -> List.of(Matcher.severity(null),
                        FieldOverride.Property.unit(null), Transformation.sortBy(null, true),
                        Transformation.organize(null, mapWithNullKey()), ValueMapping.value(null, null))),
                given("a dashboard with null panels, rows, targets and positions", () -> Dashboard.builder(null, null)
                        .tags(null)
                        .withPanel((Panel) null)
                        .withPanel((PanelBuilder<?, ?>) null)
                        .withPanel(Panel.timeseries(null).gridPos(null).withTarget((PrometheusTarget) null)
                                .metric(Metric.gauge("g").unit(null).build()))
                        .withRow((Row) null)
                        .withPanel(Panel.stat("in a lost row"))
                        .build()),
                given("thresholds with a null step", () -> new Thresholds(Thresholds.Mode.ABSOLUTE,
                        Arrays.asList(ThresholdStep.base(null), null, ThresholdStep.at(1, "red")))),
                given("a search store without variables", () -> SearchStore.named(null, SearchEngine.OPENSEARCH)
                        .endpoint(null, null).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("buildersGivenNulls")
    void keepsTheNullForTheCheck(String name, Supplier<Object> build) {
        build.get();
    }

    @Test
    void nullItemsValuesAndKeysAreKeptInOrder() {
        assertEquals(Arrays.asList("a", null), Values.list(Arrays.asList("a", null)));
        assertEquals(Arrays.asList(null, "b"), Values.of(null, "b"));
        Map<String, String> sorted = Values.sorted(mapWithNullKey());
        assertEquals(Arrays.asList(null, "a", "b"), new ArrayList<>(sorted.keySet()));
        assertNull(sorted.get("b"));
        assertTrue(Values.list(null).isEmpty() && Values.sorted(null).isEmpty());
        assertNull(GrafanaUnit.of(null));
    }

    private static Map<String, String> mapWithNullKey() {
        Map<String, String> map = new HashMap<>();
        map.put("b", null);
        map.put(null, "x");
        map.put("a", "y");
        return map;
    }

    private static Arguments given(String name, Supplier<Object> build) {
        return Arguments.of(name, build);
    }
}
