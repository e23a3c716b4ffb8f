package dev.obsgen.definitions.metaflow;

import dev.obsgen.model.DesignCorrection;
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
import java.util.List;
import java.util.Map;

/**
 * The design's architecture diagram as a collection topology: which source sends what to which agent, and where
 * each agent delivers. Store addresses and credentials are environment variables of the agents.
 */
public final class MetaflowCollection {
    public static final String CLIENT = "metaflow-client";
    public static final String METADATA_SERVICE = "metadata-service";
    public static final String BATCH_WORKERS = "batch-workers";
    public static final String KUBERNETES_PODS = "kubernetes-pods";
    public static final String STEP_FUNCTIONS = "step-functions";
    public static final String COLLECTOR = "otel-collector";
    public static final String FLUENT_BIT = "fluent-bit";
    public static final String CLOUDWATCH_AGENT = "cloudwatch-agent";
    public static final String PROMETHEUS = "prometheus";
    public static final String ELASTICSEARCH = "elasticsearch";
    public static final String JAEGER = "jaeger";
    public static final String CLOUDWATCH = "cloudwatch";
    public static final String COLLECTOR_METRICS_TARGET = "otel-collector:8889";
    public static final String ENVIRONMENT = "production";

    private static final List<String> PROCESSORS = List.of("memory_limiter", "resource", "batch");

    private MetaflowCollection() {
    }

    public static Collection collection() {
        return Collection.builder()
                .withSource(Source.of(CLIENT, "Metaflow Client"))
                .withSource(Source.of(METADATA_SERVICE, "Metadata Service"))
                .withSource(Source.of(BATCH_WORKERS, "AWS Batch Workers"))
                .withSource(Source.of(KUBERNETES_PODS, "Kubernetes Pods"))
                .withSource(Source.of(STEP_FUNCTIONS, "Step Functions"))
                .withAgent(collector())
                .withAgent(FluentBitAgent.named(FLUENT_BIT).description("Fluent Bit")
                        .tagPrefix("metaflow")
                        .adds(ENVIRONMENT, "metaflow")
                        .parser(LogParser.json("metaflow_json", MetaflowLogs.TIMESTAMP, "%Y-%m-%dT%H:%M:%S.%LZ"))
                        .build())
                .withAgent(new CloudWatchAgent(CLOUDWATCH_AGENT, "CloudWatch Agent", "us-east-1",
                        "%Y-%m-%dT%H:%M:%S.%fZ", "UTC", 5))
                .withStore(new PrometheusStore(PROMETHEUS, "Prometheus", MetaflowScrapeJobs.OTEL_COLLECTOR,
                        COLLECTOR_METRICS_TARGET))
                .withStore(SearchStore.named(ELASTICSEARCH, SearchEngine.ELASTICSEARCH)
                        .description("Elasticsearch / OpenSearch")
                        .endpoint("ELASTICSEARCH_HOST", "ELASTICSEARCH_PORT")
                        .credentials("ELASTICSEARCH_USER", "ELASTICSEARCH_PASSWORD")
                        .tls(Tls.verified())
                        .index("metaflow-logs-" + ENVIRONMENT)
                        .template(IndexTemplate.dataStream("metaflow-logs", "metaflow-logs-*", 200))
                        .build())
                .withStore(new JaegerStore(JAEGER, "Jaeger", "jaeger:4317", true, "http://jaeger:16686"))
                .withStore(new CloudWatchLogsStore(CLOUDWATCH, "CloudWatch Logs/Metrics", "/metaflow/batch-workers",
                        "{instance_id}", 30))
                .withLink(CLIENT, Signal.TRACES, COLLECTOR)
                .withLink(METADATA_SERVICE, Signal.TRACES, COLLECTOR)
                .withLink(METADATA_SERVICE, Signal.METRICS, COLLECTOR)
                .withLink(METADATA_SERVICE, Signal.LOGS, FLUENT_BIT)
                .withLink(BATCH_WORKERS, Signal.LOGS, CLOUDWATCH_AGENT)
                .withLink(KUBERNETES_PODS, Signal.TRACES, COLLECTOR)
                .withLink(KUBERNETES_PODS, Signal.METRICS, COLLECTOR)
                .withLink(STEP_FUNCTIONS, Signal.LOGS, CLOUDWATCH)
                .withLink(COLLECTOR, Signal.METRICS, PROMETHEUS)
                .withLink(COLLECTOR, Signal.TRACES, JAEGER)
                .withLink(FLUENT_BIT, Signal.LOGS, ELASTICSEARCH)
                .withLink(CLOUDWATCH_AGENT, Signal.LOGS, CLOUDWATCH)
                .build();
    }

    private static OtelCollector collector() {
        return OtelCollector.named(COLLECTOR).description("OpenTelemetry Collector")
                .withReceiver(OtlpReceiver.allInterfaces())
                .withProcessor(new CollectorProcessor.MemoryLimiter("memory_limiter", "1s", 1536, 384))
                .withProcessor(CollectorProcessor.Resource.upserting(Map.of(
                        "deployment.environment", ENVIRONMENT, "service.namespace", "metaflow")))
                .withProcessor(new CollectorProcessor.Batch("batch", "1s", 1024))
                .withExporter(new CollectorExporter.Otlp("otlp/jaeger", JAEGER))
                .withExporter(new CollectorExporter.Prometheus("prometheus", "0.0.0.0:8889", PROMETHEUS))
                .healthCheck("0.0.0.0:13133")
                .withPipeline(Signal.TRACES, List.of("otlp"), PROCESSORS, List.of("otlp/jaeger"))
                .withPipeline(Signal.METRICS, List.of("otlp"), PROCESSORS, List.of("prometheus"))
                .build();
    }

    /** Where the logging and tracing configs depart from the design's examples, which would not work as written. */
    public static List<DesignCorrection> corrections() {
        return List.of(
                new DesignCorrection("Fluent Bit es output", "Type _doc",
                        "Suppress_Type_Name On and no Type",
                        "a _type field makes Elasticsearch 8 (and OpenSearch 2) reject every document"),
                new DesignCorrection("Fluent Bit es output", "Host elasticsearch.internal, Port 9200, no credentials",
                        "host, port, user and password from environment variables, TLS on, Retry_Limit and a bounded"
                                + " filesystem backlog",
                        "credentials must not be committed, and a store outage must neither lose logs nor fill the disk"),
                new DesignCorrection("Fluent Bit index", "Index metaflow-logs",
                        "data stream metaflow-logs-production under index template metaflow-logs (metaflow-logs-*)",
                        "the template maps every record field; the pattern stays clear of the built-in logs-*-*"),
                new DesignCorrection("Fluent Bit parser", "Parser json",
                        "parser metaflow_json with Time_Key timestamp, Time_Format %Y-%m-%dT%H:%M:%S.%LZ, Time_Keep On",
                        "the stock json parser reads no time key, so every record would be stamped with its arrival"),
                new DesignCorrection("Fluent Bit tail input", "no offsets database or buffering",
                        "DB offsets file and storage.type filesystem",
                        "without them a restart re-reads or drops lines"),
                new DesignCorrection("Collector Jaeger exporter", "jaeger exporter to jaeger-collector:14250",
                        "otlp/jaeger exporter to jaeger:4317",
                        "the jaeger exporter was removed in v0.85; Jaeger takes OTLP natively since 1.46"),
                new DesignCorrection("Collector processors", "batch only",
                        "memory_limiter, resource, batch",
                        "memory_limiter must come first to protect the Collector; resource tags the environment"),
                new DesignCorrection("Collector otlp receiver", "grpc and http without endpoints",
                        "0.0.0.0:4317 and 0.0.0.0:4318",
                        "the defaults listen on localhost only since v0.104, unreachable in a container"),
                new DesignCorrection("Log events' searchable fields", "bare names such as step_name, duration, user",
                        "typed fields of the record's context object (context.duration_seconds for duration)",
                        "every searchable field must exist in the record and the index mapping with one type"),
                new DesignCorrection("Span metaflow.metadata.write", "the trace example draws it under metaflow.step",
                        "parent metaflow.task, as the key spans table says",
                        "a span has one parent; the table is the reference, the example is a sketch"));
    }
}
