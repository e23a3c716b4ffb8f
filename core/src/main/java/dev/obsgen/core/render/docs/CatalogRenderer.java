package dev.obsgen.core.render.docs;

import dev.obsgen.core.check.SharedNames;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.TemplateEngine;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.core.team.ComposedTree;
import dev.obsgen.core.team.Composition;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.metric.Histogram;
import dev.obsgen.model.metric.Label;
import dev.obsgen.model.metric.Metric;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code docs/catalog.md}: every metric with where it is used, every recorded series with the design's name for it,
 * every alert with its severity, route and runbook, every log event and field, every span with the span tree, and
 * every place the model departs from the design.
 */
public final class CatalogRenderer implements Renderer {
    public static final String PATH = "docs/catalog.md";
    public static final String TEMPLATE = "catalog.md.ftl";
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        Map<String, Object> data = new HashMap<>();
        data.put("header", settings.header());
        data.put("name", model.name());
        data.put("owner", model.isTeam() ? "Owned by team '" + model.name() + "' (Kubernetes namespace "
                + model.team().namespace() + ", Grafana folder " + model.team().folder() + "), on platform '"
                + model.team().platform().name() + "', whose metrics and recorded series it reads." : "");
        data.put("owners", model.isTeam() ? List.of()
                : settings.composition().map(CatalogRenderer::owners).orElse(List.of()));
        MetricUses uses = new MetricUses(model);
        data.put("metrics", model.metrics().stream().map(m -> metric(uses, m)).toList());
        List<Map<String, Object>> recordings = new ArrayList<>();
        List<Map<String, Object>> alerts = new ArrayList<>();
        SharedNames shared = SharedNames.of(model);
        for (RuleGroup group : model.ruleGroups()) {
            for (RecordingRule rule : group.recordingRules()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", rule.name());
                entry.put("status", status(rule, !rule.examples().isEmpty()));
                entry.put("group", group.name());
                entry.put("designName", rule.designName());
                entry.put("help", rule.help());
                entry.put("expr", oneLine(rule.expr()));
                recordings.add(entry);
            }
            for (AlertRule alert : group.alerts()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", alert.name());
                // Rules that share a name are told apart by their labels, as Prometheus tells them apart.
                entry.put("labels", shared.selector(alert));
                entry.put("status", status(alert, !alert.scenarios().isEmpty()));
                entry.put("group", group.name());
                // An imported alert may keep a severity the model has no value for, as a label.
                entry.put("severity", alert.severity() != null ? alert.severity().label()
                        : alert.labels().getOrDefault(Severity.LABEL, ""));
                entry.put("route", route(model, alert));
                entry.put("for", alert.forDuration() == null ? "0s" : alert.forDuration());
                entry.put("summary", alert.summary() == null ? "" : alert.summary());
                entry.put("runbook", model.runbooks().link(alert));
                entry.put("expr", oneLine(alert.expr()));
                alerts.add(entry);
            }
        }
        data.put("recordings", recordings);
        data.put("alerts", alerts);
        data.put("corrections", model.corrections());
        data.put("slos", SloCatalog.of(model));
        data.put("dashboards", DashboardCatalog.of(model));
        data.putAll(TelemetryCatalog.data(model));
        String text = new TemplateEngine(settings.templatesDirectory()).render(TEMPLATE, data);
        return List.of(GeneratedFile.text(PATH, text));
    }

    /** How far a rule brought in from an existing rule file is tested; nothing for a rule written here. */
    private static String status(Rule rule, boolean tested) {
        if (!rule.imported()) {
            return "";
        }
        return tested ? "imported" : "imported (untested)";
    }

    private static Map<String, Object> metric(MetricUses uses, Metric metric) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", metric.name());
        entry.put("type", metric.type().exposition());
        entry.put("unit", metric.unit().suffix().orElse("-"));
        entry.put("labels", metric.labels().stream().map(CatalogRenderer::label).collect(Collectors.joining(", ")));
        entry.put("help", metric.help());
        entry.put("job", metric.job());
        entry.put("buckets", metric instanceof Histogram h
                ? h.buckets().stream().map(CatalogRenderer::number).collect(Collectors.joining(", ")) : "");
        entry.put("usedBy", String.join(", ", uses.of(metric)));
        entry.put("designNote", metric.designNote());
        return entry;
    }

    private static String label(Label label) {
        return label.values().isEmpty() ? label.name() : label.name() + " (" + String.join("|", label.values()) + ")";
    }


    // Who owns what in a composed tree: the platform at the root, each team in its folder.
    private static List<Map<String, Object>> owners(Composition composition) {
        List<Map<String, Object>> owners = new ArrayList<>();
        owners.add(owner(composition.platform(), "", "."));
        for (Observability team : composition.views()) {
            owners.add(owner(team, team.team().namespace(), ComposedTree.folder(team)));
        }
        return owners;
    }

    private static Map<String, Object> owner(Observability model, String namespace, String folder) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", Composition.owner(model));
        entry.put("namespace", namespace.isEmpty() ? "-" : namespace);
        entry.put("folder", folder);
        entry.put("groups", String.join(", ", model.ruleGroups().stream().map(RuleGroup::name).toList()));
        entry.put("alerts", model.alerts().size());
        entry.put("dashboards", String.join(", ", model.dashboards().stream()
                .map(d -> d.folder().isEmpty() ? d.uid() : d.folder() + "/" + d.uid()).toList()));
        entry.put("receivers", model.notifications() == null ? "" : String.join(", ",
                model.notifications().receivers().stream().map(r -> r.name()).toList()));
        return entry;
    }

    private static String route(Observability model, AlertRule alert) {
        // A team that declares no routing is routed by the platform's policy.
        NotificationPolicy policy = model.notifications() != null || !model.isTeam() ? model.notifications()
                : model.team().platform().notifications();
        if (policy == null) {
            return "";
        }
        return policy.routes().stream()
                .filter(r -> r.severity() == alert.severity())
                .map(r -> r.receiver() + (r.activeTimeIntervals().isEmpty() ? " (any time)"
                        : " (during " + String.join(", ", r.activeTimeIntervals()) + ")"))
                .findFirst()
                .orElse(policy.defaultReceiver());
    }

    private static String oneLine(String expr) {
        String stripped = expr.strip();
        return stripped.indexOf('\n') < 0 ? stripped : LINE_BREAK.matcher(stripped).replaceAll(" ");
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
