package dev.obsgen.core;

import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.CloudWatchAgent;
import dev.obsgen.model.collection.CloudWatchLogsStore;
import dev.obsgen.model.collection.Collection;
import dev.obsgen.model.collection.CollectorExporter;
import dev.obsgen.model.collection.CollectorProcessor;
import dev.obsgen.model.collection.FluentBitAgent;
import dev.obsgen.model.collection.IndexTemplate;
import dev.obsgen.model.collection.JaegerStore;
import dev.obsgen.model.collection.LogParser;
import dev.obsgen.model.collection.OtelCollector;
import dev.obsgen.model.collection.OtlpReceiver;
import dev.obsgen.model.collection.PrometheusStore;
import dev.obsgen.model.collection.SearchEngine;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.collection.Signal;
import dev.obsgen.model.collection.Source;
import dev.obsgen.model.collection.Tls;
import dev.obsgen.model.log.FieldType;
import dev.obsgen.model.log.LogEvent;
import dev.obsgen.model.log.LogLevel;
import dev.obsgen.model.log.LogRecordSchema;
import dev.obsgen.model.log.LogSource;
import dev.obsgen.model.log.Logs;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import dev.obsgen.model.trace.AttributeType;
import dev.obsgen.model.trace.Span;
import dev.obsgen.model.trace.SpanAttribute;
import dev.obsgen.model.trace.SpanKind;
import java.util.List;
import java.util.Map;

/**
 * The sample model with logs, spans and a collection topology that uses every agent and store kind, both search
 * engines, and values the formats find awkward (a colon, a {@code #}, a {@code %}).
 */
public final class CollectionSampleModel {
    public static final String TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%LZ";
    public static final String SAMPLE_LINE = "{\"timestamp\": \"2026-01-24T10:30:00.123Z\", \"level\": \"INFO\","
            + " \"logger\": \"shop.checkout\", \"message\": \"Order placed\", \"context\": {\"order_id\": \"o-1\","
            + " \"amount\": 12.5, \"attempt\": 0}, \"trace_id\": \"abc123def456\", \"span_id\": \"789xyz\"}";

    private CollectionSampleModel() {
    }

    public static Observability.Builder builder() {
        return SampleModel.builder()
                .withScrapeJob(ScrapeJob.named("otel-collector").discovery(StaticDiscovery.of("otel-collector:8889")).build())
                .logs(logs())
                .withSpans(spans())
                .collection(collection());
    }

    public static Observability model() {
        return builder().build();
    }

    public static Logs logs() {
        return Logs.of(LogRecordSchema.timestamp("timestamp", "2026-01-24T10:30:00.123Z")
                        .withField("level", FieldType.KEYWORD, "Severity.")
                        .withField("logger", FieldType.KEYWORD, "Logger name.")
                        .withField("message", FieldType.TEXT, "What happened | in words.")
                        .withField("context.order_id", FieldType.KEYWORD, "The order.")
                        .withField("context.amount", FieldType.DOUBLE, "Order total.")
                        .withField("context.attempt", FieldType.INTEGER, "Attempt, from 0.")
                        .withField("trace_id", FieldType.KEYWORD, "Trace.")
                        .withField("span_id", FieldType.KEYWORD, "Span.")
                        .build())
                .withEvent(LogEvent.named("Order placed", LogLevel.INFO, "Order placed")
                        .description("A customer checked out.")
                        .withField("context.order_id", FieldType.KEYWORD)
                        .withField("context.amount", FieldType.FLOAT))
                .withEvent(LogEvent.named("Payment retried", LogLevel.WARN, "Retrying payment")
                        .withField("context.attempt", FieldType.INTEGER))
                .withSource(LogSource.of("api", "api", "/var/log/shop/api-*.log", "/var/log/shop/api.json"))
                .withSource(LogSource.of("workers", "workers", "/var/log/shop/worker.log"))
                .build();
    }

    public static List<Span> spans() {
        SpanAttribute order = SpanAttribute.of("shop.order_id", AttributeType.STRING, "The order.");
        return List.of(
                Span.root("shop.checkout").kind(SpanKind.SERVER).description("One checkout request.")
                        .withAttribute(order).build(),
                Span.child("shop.payment", "shop.checkout").kind(SpanKind.CLIENT).description("Card payment.")
                        .withAttributes(order, SpanAttribute.of("shop.attempt", AttributeType.INT, "Attempt.")).build(),
                Span.child("shop.stock", "shop.checkout").description("Stock reservation.").build(),
                Span.child("shop.stock.lock", "shop.stock").description("Row lock.")
                        .withAttribute(SpanAttribute.of("shop.locked", AttributeType.BOOLEAN, "Whether it was held.")).build());
    }

    /** The sample's Collector, its metrics pipeline running {@code metricsProcessors}. */
    public static OtelCollector otelCollector(List<String> metricsProcessors) {
        return OtelCollector.named("otel-collector")
                .withReceiver(OtlpReceiver.allInterfaces())
                .withProcessor(new CollectorProcessor.MemoryLimiter("memory_limiter", "1s", 512, 128))
                .withProcessor(new CollectorProcessor.Batch("batch", "1s", 1024))
                .withProcessor(CollectorProcessor.Resource.upserting(Map.of("deployment.environment", "staging: eu #1")))
                .withExporter(new CollectorExporter.Otlp("otlp/jaeger", "jaeger"))
                .withExporter(new CollectorExporter.Prometheus("prometheus", "0.0.0.0:8889", "prometheus"))
                .healthCheck("0.0.0.0:13133")
                .withPipeline(Signal.TRACES, List.of("otlp"), List.of("memory_limiter", "batch", "resource"),
                        List.of("otlp/jaeger"))
                .withPipeline(Signal.METRICS, List.of("otlp"), metricsProcessors, List.of("prometheus"))
                .build();
    }

    public static Collection collection() {
        return Collection.builder()
                .withSource(Source.of("api", "Shop API"))
                .withSource(Source.of("workers", "Shop workers"))
                .withAgent(FluentBitAgent.named("fluent-bit").tagPrefix("shop")
                        .adds("staging: eu #1", "shop")
                        .parser(LogParser.json("shop_json", "timestamp", TIMESTAMP_FORMAT))
                        .build())
                .withAgent(otelCollector(List.of("memory_limiter", "batch")))
                .withAgent(new CloudWatchAgent("cloudwatch-agent", "", "eu-west-1", "%Y-%m-%dT%H:%M:%S.%fZ", "UTC", 5))
                .withStore(SearchStore.named("elasticsearch", SearchEngine.ELASTICSEARCH)
                        .endpoint("ES_HOST", "ES_PORT").credentials("ES_USER", "ES_PASSWORD")
                        .tls(Tls.verifiedAgainst("/etc/fluent-bit/ca.crt"))
                        .index("shop-logs-staging")
                        .template(IndexTemplate.dataStream("shop-logs", "shop-logs-*", 200))
                        .build())
                .withStore(SearchStore.named("opensearch", SearchEngine.OPENSEARCH)
                        .endpoint("OS_HOST", "OS_PORT")
                        .index("shop-logs-archive")
                        .template(IndexTemplate.indices("shop-logs", "shop-logs-*", 200))
                        .build())
                .withStore(new JaegerStore("jaeger", "", "jaeger:4317", true, "http://jaeger:16686"))
                .withStore(new PrometheusStore("prometheus", "", "otel-collector", "otel-collector:8889"))
                .withStore(new CloudWatchLogsStore("cloudwatch", "", "/shop/workers", "{instance_id}", 14))
                .withLink("api", Signal.LOGS, "fluent-bit")
                .withLink("api", Signal.TRACES, "otel-collector")
                .withLink("workers", Signal.LOGS, "cloudwatch-agent")
                .withLink("workers", Signal.LOGS, "fluent-bit")
                .withLink("workers", Signal.METRICS, "otel-collector")
                .withLink("fluent-bit", Signal.LOGS, "elasticsearch")
                .withLink("fluent-bit", Signal.LOGS, "opensearch")
                .withLink("otel-collector", Signal.TRACES, "jaeger")
                .withLink("otel-collector", Signal.METRICS, "prometheus")
                .withLink("cloudwatch-agent", Signal.LOGS, "cloudwatch")
                .build();
    }
}
