package dev.obsgen.core.render.prometheus;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.team.ComposedTree;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.PrometheusSettings;
import dev.obsgen.model.scrape.Discovery;
import dev.obsgen.model.scrape.Ec2Discovery;
import dev.obsgen.model.scrape.KubernetesDiscovery;
import dev.obsgen.model.scrape.Relabel;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code prometheus/prometheus.yml}: global intervals, the rule files, the Alertmanagers and one scrape config per
 * job. Rule files are named relative to the config file, as Prometheus resolves them.
 */
public final class PrometheusConfigRenderer implements Renderer {
    public static final String PATH = "prometheus/prometheus.yml";

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        List<String> teamRules = new ArrayList<>();
        settings.composition().ifPresent(composition -> composition.teams().stream()
                .filter(team -> !team.ruleGroups().isEmpty())
                .forEach(team -> teamRules.add("../" + ComposedTree.folder(team) + RuleFileRenderer.DIRECTORY + "*.yml")));
        return List.of(GeneratedFile.text(PATH, YamlFormat.write(document(model, teamRules), settings.header())));
    }

    static PrometheusConfigDocument document(Observability model) {
        return document(model, List.of());
    }

    /** With the rule files of the teams composed with the platform, named relative to this file. */
    static PrometheusConfigDocument document(Observability model, List<String> teamRules) {
        PrometheusSettings prometheus = model.prometheus();
        PrometheusConfigDocument.Global global = new PrometheusConfigDocument.Global(prometheus.scrapeInterval(),
                prometheus.scrapeTimeout(), prometheus.evaluationInterval(),
                prometheus.externalLabels().isEmpty() ? null : prometheus.externalLabels());
        List<String> ruleFiles = new ArrayList<>();
        if (!model.ruleGroups().isEmpty()) {
            ruleFiles.add("rules/*.yml");
        }
        ruleFiles.addAll(teamRules);
        PrometheusConfigDocument.Alerting alerting = prometheus.alertmanagers().isEmpty() ? null
                : new PrometheusConfigDocument.Alerting(List.of(new PrometheusConfigDocument.AlertmanagerEndpoint("v2",
                        List.of(new PrometheusConfigDocument.StaticConfig(prometheus.alertmanagers(), null)))));
        List<PrometheusConfigDocument.ScrapeConfig> scrapeConfigs = model.scrapeJobs().stream()
                .map(PrometheusConfigRenderer::scrapeConfig)
                .toList();
        return new PrometheusConfigDocument(global, ruleFiles.isEmpty() ? null : ruleFiles, alerting, scrapeConfigs);
    }

    private static PrometheusConfigDocument.ScrapeConfig scrapeConfig(ScrapeJob job) {
        Discovery discovery = job.discovery();
        List<PrometheusConfigDocument.KubernetesSdConfig> kubernetes = null;
        List<PrometheusConfigDocument.Ec2SdConfig> ec2 = null;
        List<PrometheusConfigDocument.StaticConfig> statics = null;
        if (discovery instanceof KubernetesDiscovery k) {
            kubernetes = List.of(new PrometheusConfigDocument.KubernetesSdConfig(k.role().value(),
                    k.namespaces().isEmpty() ? null : new PrometheusConfigDocument.Namespaces(k.namespaces())));
        } else if (discovery instanceof Ec2Discovery e) {
            ec2 = List.of(new PrometheusConfigDocument.Ec2SdConfig(e.region(), e.port(), e.refreshInterval(),
                    e.filters().isEmpty() ? null : e.filters().stream()
                            .map(f -> new PrometheusConfigDocument.Ec2Filter(f.name(), f.values())).toList()));
        } else if (discovery instanceof StaticDiscovery s) {
            statics = List.of(new PrometheusConfigDocument.StaticConfig(s.targets(), s.labels().isEmpty() ? null : s.labels()));
        } else {
            throw new IllegalStateException(job.name() + " has no discovery");
        }
        List<PrometheusConfigDocument.RelabelConfig> relabel = job.relabelling().isEmpty() ? null
                : job.relabelling().stream().map(PrometheusConfigRenderer::relabel).toList();
        return new PrometheusConfigDocument.ScrapeConfig(job.name(), job.interval(), job.timeout(), job.metricsPath(),
                job.scheme(), kubernetes, ec2, statics, relabel);
    }

    private static PrometheusConfigDocument.RelabelConfig relabel(Relabel step) {
        return new PrometheusConfigDocument.RelabelConfig(step.sourceLabels().isEmpty() ? null : step.sourceLabels(),
                step.separator(), step.regex(), step.targetLabel(), step.replacement(), step.action().value());
    }
}
