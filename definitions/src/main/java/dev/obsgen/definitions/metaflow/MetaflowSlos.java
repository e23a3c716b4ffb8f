package dev.obsgen.definitions.metaflow;

import dev.obsgen.model.slo.Sli;
import dev.obsgen.model.slo.Slo;
import java.util.List;

/**
 * The service level objectives of Metaflow: the metadata API answers without errors, artifacts upload quickly, and
 * the metadata service is up to be scraped. Each becomes Sloth-shaped burn-rate rules, a page and a ticket alert, and
 * tests derived from its numbers.
 */
public final class MetaflowSlos {
    private MetaflowSlos() {
    }

    public static List<Slo> all() {
        return List.of(
                Slo.named("api-availability").service("metaflow-metadata").objective(99.9)
                        .description("Metadata API requests answered without an error, over 30 days.")
                        .sli(Sli.errors("metadata_errors_total", "metadata_requests_total"))
                        .alert("MetadataApiErrorBudgetBurn")
                        .runbook("metadata-api-error-budget")
                        .build(),
                Slo.named("upload-latency").service("metaflow-datastore").objective(99)
                        .description("Artifact uploads done within 10 seconds, over 30 days.")
                        .sli(Sli.latency("metaflow_artifact_upload_seconds", 10))
                        .alert("ArtifactUploadLatencyBudgetBurn")
                        .runbook("artifact-upload-latency-budget")
                        .build(),
                Slo.named("scrape-availability").service("metaflow-metadata").objective(99.5)
                        .description("Scrapes of the metadata service that found it up, over 30 days.")
                        .sli(Sli.up(MetaflowScrapeJobs.METADATA_SERVICE))
                        .alert("MetadataServiceUpBudgetBurn")
                        .runbook("metadata-service-up-budget")
                        .build());
    }
}
