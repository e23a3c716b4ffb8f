package dev.obsgen.core.render.prometheus;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.StreamingRenderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * All rule groups as one Prometheus Operator {@code PrometheusRule} resource, for clusters that run the operator; a
 * team's goes to the team's namespace.
 */
public final class PrometheusRuleResourceRenderer implements StreamingRenderer {
    @JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
    record Resource(String apiVersion, String kind, Metadata metadata, RuleFileDocument spec) {
    }

    @JsonPropertyOrder({"name", "namespace", "labels"})
    record Metadata(String name, String namespace, Map<String, String> labels) {
    }

    public static String path(Observability model) {
        return "kubernetes/" + model.name() + "-prometheusrule.yaml";
    }

    @Override
    public void render(Observability model, RenderSettings settings, Consumer<GeneratedFile> files) {
        if (model.isTeam() && model.ruleGroups().isEmpty()) {
            return;
        }
        Map<String, String> labels = new TreeMap<>();
        labels.put("app.kubernetes.io/managed-by", "obsgen");
        labels.put("app.kubernetes.io/part-of", model.name());
        Resource resource = new Resource("monitoring.coreos.com/v1", "PrometheusRule",
                new Metadata(model.name() + "-rules", model.isTeam() ? model.team().namespace() : null, labels),
                RuleEntries.document(model, model.ruleGroups(), RuleFileRenderer.clearsOwner(model, settings)));
        files.accept(GeneratedFile.text(path(model), YamlFormat.write(resource, settings.header())));
    }
}
