package dev.obsgen.core.render.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.obsgen.core.CollectionSampleModel;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.PrometheusSettings;
import dev.obsgen.model.collection.CloudWatchLogsStore;
import dev.obsgen.model.collection.Collection;
import dev.obsgen.model.collection.JaegerStore;
import dev.obsgen.model.collection.Link;
import dev.obsgen.model.collection.Store;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grafana's data sources are the model's, and only those it declares, each at the URL the model gives; a URL the
 * model does not give is an error of {@code grafana/data-source} naming the setting, never a default.
 */
class GrafanaDataSourcesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String CHECK = "grafana/data-source";

    /** The sample's metrics and rules with one dashboard, and what the case adds. */
    private static Observability model(UnaryOperator<Observability.Builder> change) {
        Observability base = SampleModel.model();
        return change.apply(SampleModel.builder().withDashboard(SampleDashboards.shop(base))).build();
    }

    /** A dashboard whose one panel reads the built-in up, in a model that declares no metric and no rule. */
    private static Observability upOnly(PrometheusSettings prometheus) {
        return Observability.named("edge").prometheus(prometheus)
                .withDashboard(Dashboard.builder("edge-up", "Edge").withPanel(Panel.timeseries("Up")
                        .withTarget(PrometheusTarget.builder("up"))).build())
                .build();
    }

    private static Observability.Builder collected(Observability.Builder builder) {
        return builder.logs(CollectionSampleModel.logs()).withSpans(CollectionSampleModel.spans())
                .collection(CollectionSampleModel.collection());
    }

    private static Collection stores(UnaryOperator<List<Store>> change) {
        Collection collection = CollectionSampleModel.collection();
        return collection.toBuilder().stores(change.apply(new ArrayList<>(collection.stores()))).build();
    }

    static Stream<Arguments> provisioned() {
        return Stream.of(
                Arguments.of("a model with only metrics provisions only Prometheus", model(b -> b),
                        List.of("prometheus prometheus http://prometheus:9090")),
                Arguments.of("a dashboard reading only up, in a model of no metrics or rules, still needs Prometheus",
                        upOnly(PrometheusSettings.defaults().withQueryUrl("http://prometheus:9090")),
                        List.of("prometheus prometheus http://prometheus:9090")),
                Arguments.of("the Prometheus URL is the model's", model(b -> b.prometheus(
                                PrometheusSettings.defaults().withQueryUrl("https://prom.example.com"))),
                        List.of("prometheus prometheus https://prom.example.com")),
                Arguments.of("traces and logs give the stores the collection writes them to", model(
                                GrafanaDataSourcesTest::collected),
                        List.of("prometheus prometheus http://prometheus:9090",
                                "jaeger jaeger http://jaeger:16686",
                                "elasticsearch elasticsearch-elasticsearch https://${ES_HOST}:${ES_PORT}",
                                "elasticsearch elasticsearch-opensearch http://${OS_HOST}:${OS_PORT}",
                                "cloudwatch cloudwatch eu-west-1")),
                Arguments.of("a store nothing writes to is not a data source", model(b -> collected(b).collection(
                                CollectionSampleModel.collection().toBuilder().links(CollectionSampleModel.collection().links()
                                        .stream().filter(l -> !l.to().equals("opensearch")).toList()))),
                        List.of("prometheus prometheus http://prometheus:9090",
                                "jaeger jaeger http://jaeger:16686",
                                "elasticsearch elasticsearch https://${ES_HOST}:${ES_PORT}",
                                "cloudwatch cloudwatch eu-west-1")));
    }

    static Stream<Arguments> missing() {
        return Stream.of(
                Arguments.of("no Prometheus URL", model(b -> b.prometheus(PrometheusSettings.defaults())),
                        List.of("prometheus settings: queryUrl is not set")),
                Arguments.of("no Prometheus URL for a dashboard in a model of no metrics or rules",
                        upOnly(PrometheusSettings.defaults()), List.of("prometheus settings: queryUrl is not set")),
                Arguments.of("spans and no trace store", model(b -> b.withSpans(CollectionSampleModel.spans())),
                        List.of("spans: are declared, but the collection writes traces to no Jaeger store")),
                Arguments.of("a trace store without its query URL", model(b -> collected(b).collection(stores(s -> {
                            s.replaceAll(store -> store instanceof JaegerStore j
                                    ? new JaegerStore(j.name(), j.description(), j.otlpEndpoint(), j.insecure(), null)
                                    : store);
                            return s;
                        }))),
                        List.of("store 'jaeger': queryUrl is not set")),
                Arguments.of("logs and no log store", model(b -> b.logs(CollectionSampleModel.logs())),
                        List.of("logs: are declared, but the collection writes logs to no search or CloudWatch Logs"
                                + " store")),
                Arguments.of("a CloudWatch store no agent writes to has no region", model(b -> collected(b).collection(
                                CollectionSampleModel.collection().toBuilder().links(Stream.concat(
                                        CollectionSampleModel.collection().links().stream()
                                                .filter(l -> !l.from().equals("cloudwatch-agent")),
                                        Stream.of(Link.of("workers", dev.obsgen.model.collection.Signal.LOGS,
                                                "cloudwatch"))).toList()))),
                        List.of("store 'cloudwatch': has no region")));
    }

    static Stream<Arguments> quiet() {
        return Stream.of(
                Arguments.of("no dashboards: no data source file, so no URL is needed",
                        SampleModel.builder().prometheus(PrometheusSettings.defaults())
                                .logs(CollectionSampleModel.logs()).withSpans(CollectionSampleModel.spans()).build()),
                Arguments.of("every URL given", model(GrafanaDataSourcesTest::collected)),
                Arguments.of("a CloudWatch store unused by any link needs no region", model(b -> collected(b).collection(
                        stores(s -> {
                            s.add(new CloudWatchLogsStore("unused", "", "/shop/unused", "{instance_id}", 7));
                            return s;
                        })))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("provisioned")
    void theDataSourcesAreOnlyWhatTheModelDeclares(String name, Observability model, List<String> expected)
            throws Exception {
        assertEquals(List.of(), findings(model));
        List<String> actual = new ArrayList<>();
        for (JsonNode source : datasources(model)) {
            String where = source.path("type").asText().equals("cloudwatch")
                    ? source.path("jsonData").path("defaultRegion").asText() : source.path("url").asText();
            actual.add(source.path("type").asText() + " " + source.path("uid").asText() + " " + where);
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missing")
    void aMissingUrlIsAnErrorNamingTheSetting(String name, Observability model, List<String> expected) {
        List<String> found = findings(model);
        assertEquals(expected.size(), found.size(), found.toString());
        for (int i = 0; i < expected.size(); i++) {
            String prefix = "error[" + CHECK + "] " + expected.get(i);
            assertEquals(true, found.get(i).startsWith(prefix), found.get(i) + "\n  does not start with " + prefix);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quiet")
    void quietWhereNothingIsMissing(String name, Observability model) {
        assertEquals(List.of(), findings(model));
    }

    private static List<String> findings(Observability model) {
        return CheckRegistry.standard().run(model).stream().filter(f -> f.checkId().equals(CHECK))
                .map(Finding::format).toList();
    }

    private static JsonNode datasources(Observability model) throws Exception {
        GeneratedFile file = new DatasourceProvisioningRenderer().render(model, RenderSettings.of("test")).get(0);
        return YAML.readTree(file.text()).path("datasources");
    }
}
