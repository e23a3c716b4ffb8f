package dev.obsgen.core.importer;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the imported model declares, before it is written as source: the generated class and the in-memory
 * model the checks run on are both made from it.
 *
 * @param modelName      the name given to {@code Observability.named}
 * @param scrapeJobs     the scrape jobs the metrics name, the placeholder among them when a metric has no job
 * @param runbookPattern the runbook URL pattern, or null for the model's default
 * @param constants      constant name to the selector text it stands for, in the expressions of the rules
 */
public record ImportedModel(String modelName, List<String> files, List<InferredMetric> metrics,
                            List<String> scrapeJobs, List<ImportedGroup> groups, List<ImportedDashboard> dashboards,
                            String runbookPattern, SortedMap<String, String> constants) {
    /** The receiver every severity is routed to: it notifies nobody until the real receivers are declared. */
    public static final String PLACEHOLDER_RECEIVER = "imported-placeholder";

    public ImportedModel {
        files = List.copyOf(files);
        metrics = List.copyOf(metrics);
        scrapeJobs = List.copyOf(scrapeJobs);
        groups = List.copyOf(groups);
        dashboards = List.copyOf(dashboards);
        constants = new TreeMap<>(constants == null ? Map.of() : constants);
    }

    public ImportedModel withGroups(List<ImportedGroup> replacement) {
        return new ImportedModel(modelName, files, metrics, scrapeJobs, replacement, dashboards, runbookPattern,
                constants);
    }

    public ImportedModel withDashboards(List<ImportedDashboard> replacement) {
        return new ImportedModel(modelName, files, metrics, scrapeJobs, groups, replacement, runbookPattern,
                constants);
    }

    public ImportedModel withConstants(Map<String, String> replacement) {
        return new ImportedModel(modelName, files, metrics, scrapeJobs, groups, dashboards, runbookPattern,
                new TreeMap<>(replacement));
    }

    public long alerts() {
        return groups.stream().mapToLong(g -> g.rules().stream().filter(ImportedRule::alert).count()).sum();
    }

    public long recordingRules() {
        return groups.stream().mapToLong(g -> g.rules().stream().filter(r -> !r.alert()).count()).sum();
    }
}
