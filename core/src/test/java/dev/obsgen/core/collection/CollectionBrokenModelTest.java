package dev.obsgen.core.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.CollectionSampleModel;
import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.Agent;
import dev.obsgen.model.collection.CloudWatchAgent;
import dev.obsgen.model.collection.Collection;
import dev.obsgen.model.collection.CollectorPipeline;
import dev.obsgen.model.collection.FluentBitAgent;
import dev.obsgen.model.collection.IndexTemplate;
import dev.obsgen.model.collection.LogParser;
import dev.obsgen.model.collection.OtelCollector;
import dev.obsgen.model.collection.SearchEngine;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.collection.Signal;
import dev.obsgen.model.collection.Store;
import dev.obsgen.model.log.FieldType;
import dev.obsgen.model.log.LogEvent;
import dev.obsgen.model.log.LogField;
import dev.obsgen.model.log.LogLevel;
import dev.obsgen.model.log.LogRecordSchema;
import dev.obsgen.model.log.Logs;
import dev.obsgen.model.trace.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken log, trace and collection models: each is the collection sample with one thing wrong, the check that
 * must catch it and a fragment of its message. Every one stops generation and writes nothing.
 */
class CollectionBrokenModelTest {
    @TempDir
    Path output;

    static Stream<Arguments> brokenModels() {
        return Stream.of(
                broken("span with an unknown parent", "trace/span-tree",
                        "span 'shop.refund': has parent 'shop.order', which is not a declared span",
                        m -> m.toBuilder().withSpan(Span.child("shop.refund", "shop.order").build()).build()),
                broken("span cycle", "trace/span-tree", "is its own ancestor: shop.stock -> shop.stock.lock -> shop.stock",
                        m -> m.toBuilder().spans(replace(m.spans(), "shop.stock", Span.child("shop.stock", "shop.stock.lock")
                                .build())).build()),
                broken("two roots", "trace/span-tree", "have 2 roots (shop.checkout, shop.audit)",
                        m -> m.toBuilder().withSpan(Span.root("shop.audit").build()).build()),
                broken("duplicate span", "trace/span-tree", "span 'shop.payment': is declared twice",
                        m -> m.toBuilder().withSpan(Span.child("shop.payment", "shop.checkout").build()).build()),
                broken("event field not in the record", "log/event-fields",
                        "log event 'Refund': field 'context.refund_id' is not a field of the log record",
                        m -> withEvent(m, LogEvent.named("Refund", LogLevel.INFO, "Refunded")
                                .withField("context.refund_id", FieldType.KEYWORD).build())),
                broken("event field of another type", "log/event-fields",
                        "field 'context.order_id' is long, but the log record declares it keyword",
                        m -> withEvent(m, LogEvent.named("Lookup", LogLevel.DEBUG, "Looked up")
                                .withField("context.order_id", FieldType.LONG).build())),
                broken("index name outside the template", "log/index-pattern",
                        "writes to index 'shop-events', which no pattern of index template 'shop-logs' (shop-logs-*) matches",
                        m -> withStore(m, "elasticsearch", s -> s.withIndex("shop-events"))),
                broken("template overlapping the built-in logs template", "log/index-pattern",
                        "pattern 'logs-shop-*' overlaps the built-in 'logs-*-*' template",
                        m -> withStore(m, "elasticsearch", s -> s.withIndex("logs-shop-staging")
                                .withTemplate(IndexTemplate.dataStream("shop-logs", "logs-shop-*", 200)))),
                broken("record field both value and object", "log/index-mapping",
                        "store 'elasticsearch': field 'context' is a value, but 'context.amount' makes it an object",
                        m -> withRecordField(m, LogField.of("context", FieldType.KEYWORD))),
                broken("record field clashing with an added field", "log/index-mapping",
                        "store 'elasticsearch': field 'service' is both long and keyword",
                        m -> withRecordField(m, LogField.of("service", FieldType.LONG))),
                broken("parser format that misses the fraction", "log/time-format",
                        "time format '%Y-%m-%dT%H:%M:%SZ' does not read the record's timestamp '2026-01-24T10:30:00.123Z'",
                        m -> withAgent(m, FluentBitAgent.class, a -> a.withParser(a.parser().withTimeFormat("%Y-%m-%dT%H:%M:%SZ")))),
                broken("parser reading another key", "log/time-format",
                        "reads the time from 'time', but the log record's timestamp is 'timestamp'",
                        m -> withAgent(m, FluentBitAgent.class, a -> a.withParser(
                                new LogParser("shop_json", "time", a.parser().timeFormat(), true)))),
                broken("CloudWatch format in Fluent Bit's dialect", "log/time-format",
                        "agent 'cloudwatch-agent': time format '%Y-%m-%dT%H:%M:%S.%LZ'",
                        m -> withAgent(m, CloudWatchAgent.class, a -> a.withTimestampFormat("%Y-%m-%dT%H:%M:%S.%LZ"))),
                broken("batch before memory_limiter", "otel/pipeline",
                        "pipeline 'metrics': must run memory_limiter as its first processor, got [batch, memory_limiter]",
                        m -> withPipeline(m, new CollectorPipeline(Signal.METRICS, List.of("otlp"),
                                List.of("batch", "memory_limiter"), List.of("prometheus")))),
                broken("pipeline naming an undefined exporter", "otel/pipeline",
                        "pipeline 'traces': names exporter 'jaeger', which is not defined",
                        m -> withPipeline(m, new CollectorPipeline(Signal.TRACES, List.of("otlp"),
                                List.of("memory_limiter", "batch"), List.of("jaeger")))),
                broken("traces exported to Prometheus", "otel/pipeline",
                        "exports traces through 'prometheus' to store 'prometheus', which does not take traces",
                        m -> withPipeline(m, new CollectorPipeline(Signal.TRACES, List.of("otlp"),
                                List.of("memory_limiter", "batch"), List.of("prometheus")))),
                broken("environment with a line break", "fluentbit/classic-value",
                        "agent 'fluent-bit': [FILTER] Add has a line break",
                        m -> withAgent(m, FluentBitAgent.class, a -> FluentBitAgent.named(a.name()).tagPrefix(a.tagPrefix())
                                .adds("staging\nprod", a.service()).parser(a.parser()).build())),
                broken("inline password", "secret/collector",
                        "store 'opensearch': passwordVariable must be the name of an environment variable",
                        m -> withStore(m, "opensearch", s -> new SearchStore(s.name(), s.description(), SearchEngine.OPENSEARCH,
                                s.hostVariable(), s.portVariable(), "admin", "hunter2!", s.tls(), s.index(), s.template()))),
                broken("password instead of its variable", "secret/collector",
                        "store 'elasticsearch': passwordVariable must be the name of an environment variable",
                        m -> withStore(m, "elasticsearch", s -> SearchStore.named(s.name(), s.engine())
                                .endpoint(s.hostVariable(), s.portVariable()).credentials("elastic", "s3cret")
                                .index(s.index()).template(s.template()).build())),
                broken("lower case variable name", "secret/collector",
                        "store 'elasticsearch': hostVariable must be the name of an environment variable",
                        m -> withStore(m, "elasticsearch", s -> SearchStore.named(s.name(), s.engine())
                                .endpoint("es_host", s.portVariable()).credentials(s.userVariable(), s.passwordVariable())
                                .index(s.index()).template(s.template()).build())),
                broken("AWS key added to every record", "secret/inline",
                        "agent 'fluent-bit': environment contains an AWS access key id",
                        m -> withAgent(m, FluentBitAgent.class, a -> FluentBitAgent.named(a.name()).tagPrefix(a.tagPrefix())
                                .adds("AKIAIOSFODNN7EXAMPLE", a.service()).parser(a.parser()).build())),
                broken("collector metrics not scraped", "collection/topology",
                        "reads the Collector through scrape job 'otel-collector', which is not declared",
                        m -> m.toBuilder().scrapeJobs(m.scrapeJobs().stream().filter(j -> !j.name().equals("otel-collector")).toList()).build()),
                broken("link to an unknown store", "collection/topology",
                        "link fluent-bit -> loki (logs): names 'loki', which is not declared",
                        m -> m.toBuilder().collection(m.collection().toBuilder()
                                .withLink("fluent-bit", Signal.LOGS, "loki").build()).build()),
                broken("traces sent to Fluent Bit", "collection/topology",
                        "sends traces to 'fluent-bit', which does not take them",
                        m -> m.toBuilder().collection(m.collection().toBuilder()
                                .withLink("api", Signal.TRACES, "fluent-bit").build()).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenModels")
    void stopsGenerationNamingTheElementAndWritesNothing(String name, String checkId, String fragment,
                                                         UnaryOperator<Observability> breakIt) throws IOException {
        Observability model = breakIt.apply(CollectionSampleModel.model());
        ModelRejectedException rejected = assertThrows(ModelRejectedException.class, () ->
                new OutputWriter().write(Generation.standard().render(model, RenderSettings.of("test")).output(), output));
        List<Finding> matching = rejected.findings().stream()
                .filter(f -> f.isError() && f.checkId().equals(checkId) && f.format().contains(fragment))
                .toList();
        assertEquals(1, matching.size(), () -> "expected one " + checkId + " error containing '" + fragment
                + "', got:\n" + rejected.getMessage());
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(0, files.count(), "a rejected model must write nothing");
        }
    }

    @Test
    void theCollectionSampleHasNoFindings() {
        List<Finding> findings = CheckRegistry.standard().run(CollectionSampleModel.model());
        assertTrue(findings.isEmpty(), findings::toString);
    }

    @Test
    void aParserThatDropsTheTimestampIsAWarning() {
        Observability model = withAgent(CollectionSampleModel.model(), FluentBitAgent.class,
                a -> a.withParser(new LogParser("shop_json", "timestamp",
                        CollectionSampleModel.TIMESTAMP_FORMAT, false)));
        List<Finding> findings = CheckRegistry.standard().run(model);
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(!findings.get(0).isError() && findings.get(0).message().contains("Time_Keep Off"), findings::toString);
    }

    private static Arguments broken(String name, String checkId, String fragment, UnaryOperator<Observability> change) {
        return Arguments.of(name, checkId, fragment, change);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static List<Span> replace(List<Span> spans, String name, Span replacement) {
        return spans.stream().map(s -> s.name().equals(name) ? replacement : s).toList();
    }

    private static Observability withEvent(Observability model, LogEvent event) {
        return model.toBuilder().logs(model.logs().toBuilder().withEvent(event).build()).build();
    }

    private static Observability withRecordField(Observability model, LogField field) {
        LogRecordSchema record = model.logs().record();
        Logs logs = new Logs(new LogRecordSchema(record.timestampField(), record.timestampExample(),
                append(record.fields(), field)), model.logs().events(), model.logs().sources());
        return model.toBuilder().logs(logs).build();
    }

    private static Observability withStore(Observability model, String name, UnaryOperator<SearchStore> change) {
        Collection collection = model.collection();
        List<Store> stores = collection.stores().stream()
                .map(s -> s.name().equals(name) && s instanceof SearchStore search ? (Store) change.apply(search) : s)
                .toList();
        return model.toBuilder().collection(collection.toBuilder().stores(stores).build()).build();
    }

    private static <T extends Agent> Observability withAgent(Observability model, Class<T> type, UnaryOperator<T> change) {
        Collection collection = model.collection();
        List<Agent> agents = collection.agents().stream()
                .map(a -> type.isInstance(a) ? (Agent) change.apply(type.cast(a)) : a)
                .toList();
        return model.toBuilder().collection(collection.toBuilder().agents(agents).build()).build();
    }

    private static Observability withPipeline(Observability model, CollectorPipeline pipeline) {
        return withAgent(model, OtelCollector.class, c -> c.toBuilder().pipelines(c.pipelines().stream()
                .map(p -> p.signal() == pipeline.signal() ? pipeline : p).toList()).build());
    }
}
