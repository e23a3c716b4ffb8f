package dev.obsgen.definitions.metaflow;

import dev.obsgen.model.scrape.Ec2Discovery;
import dev.obsgen.model.scrape.KubernetesDiscovery;
import dev.obsgen.model.scrape.Relabel;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.util.List;

/**
 * The design's two scrape jobs, a third for the exporter of AWS Batch, Kubernetes and storage figures, and a
 * fourth for the metrics the OpenTelemetry Collector exports. Target labels never use the name {@code namespace}:
 * the Metaflow metrics carry their own {@code namespace} label.
 */
public final class MetaflowScrapeJobs {
    public static final String METADATA_SERVICE = "metaflow-metadata-service";
    public static final String WORKERS = "metaflow-workers";
    public static final String CLOUD_EXPORTER = "metaflow-cloud-exporter";
    public static final String OTEL_COLLECTOR = "otel-collector";

    private MetaflowScrapeJobs() {
    }

    public static List<ScrapeJob> all() {
        return List.of(
                ScrapeJob.named(METADATA_SERVICE).interval("15s")
                        .discovery(KubernetesDiscovery.pods())
                        .withRelabel(Relabel.keep("__meta_kubernetes_pod_label_app", "metaflow-metadata-service"))
                        .withRelabel(Relabel.copy("__meta_kubernetes_namespace", "kubernetes_namespace"))
                        .withRelabel(Relabel.copy("__meta_kubernetes_pod_name", "kubernetes_pod"))
                        .build(),
                ScrapeJob.named(WORKERS).interval("30s")
                        .discovery(Ec2Discovery.inRegion("us-east-1").port(9100).withFilter("tag:metaflow", "worker"))
                        .withRelabel(Relabel.copy("__meta_ec2_instance_id", "instance_id"))
                        .withRelabel(Relabel.copy("__meta_ec2_availability_zone", "availability_zone"))
                        .build(),
                ScrapeJob.named(CLOUD_EXPORTER).interval("60s")
                        .discovery(StaticDiscovery.of("metaflow-cloud-exporter.monitoring.svc:9100"))
                        .build(),
                ScrapeJob.named(OTEL_COLLECTOR).interval("30s")
                        .discovery(StaticDiscovery.of(MetaflowCollection.COLLECTOR_METRICS_TARGET))
                        .build());
    }
}
