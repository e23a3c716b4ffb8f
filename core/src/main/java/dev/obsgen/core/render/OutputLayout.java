package dev.obsgen.core.render;

import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.SharedNames;
import dev.obsgen.core.render.elasticsearch.IndexTemplateRenderer;
import dev.obsgen.core.render.grafana.DashboardPaths;
import dev.obsgen.core.render.prometheus.IsolatedGroups;
import dev.obsgen.core.render.prometheus.PrometheusRuleResourceRenderer;
import dev.obsgen.core.render.prometheus.RuleFileRenderer;
import dev.obsgen.core.render.prometheus.RuleTestRenderer;
import dev.obsgen.core.render.runbook.RunbookRenderer;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.collection.Store;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every output path that holds a name from the model, with the element the name belongs to. The paths come from the
 * renderers' own path functions, so the names vetted here are the names the renderers use. A path may be listed
 * that a renderer then skips (a group without tests): vetting a name that is not used costs nothing. The same
 * list tells the writer which element each file came from, for its messages.
 */
public final class OutputLayout {
    /** One name from the model that becomes a path segment, such as a rule group's name. */
    public record Name(String what, String value) {
    }

    /** An output path, the element it is rendered from, and the model names in it. */
    public record NamedPath(String element, String path, List<Name> names) {
        public NamedPath {
            names = List.copyOf(names);
        }
    }

    private OutputLayout() {
    }

    public static List<NamedPath> of(Observability model) {
        List<NamedPath> paths = new ArrayList<>();
        paths.add(new NamedPath("model '" + model.name() + "'", PrometheusRuleResourceRenderer.path(model),
                List.of(new Name("name", model.name()))));
        for (RuleGroup group : model.ruleGroups()) {
            String element = Elements.group(group);
            List<Name> names = List.of(new Name("name", group.name()));
            paths.add(new NamedPath(element, RuleFileRenderer.path(group), names));
            paths.add(new NamedPath(element, RuleTestRenderer.path(group), names));
        }
        SharedNames shared = SharedNames.of(model);
        IsolatedGroups isolated = null;
        Map<String, String> runbooks = new TreeMap<>();
        for (RuleGroup group : model.ruleGroups()) {
            for (AlertRule alert : group.alerts()) {
                if (alert.runbook() != null) {
                    runbooks.putIfAbsent(alert.runbook(), Elements.alert(shared, group, alert));
                }
                // An alert of a shared name is tested alone; its group's names are checked with the group's paths.
                if (shared.shared(alert)) {
                    if (isolated == null) {
                        isolated = new IsolatedGroups(model, shared);
                    }
                    String element = Elements.alert(shared, group, alert);
                    List<Name> names = List.of(new Name("name", alert.name()));
                    paths.add(new NamedPath(element, RuleTestRenderer.path(shared, group, alert), names));
                    for (RuleGroup loaded : isolated.of(alert)) {
                        paths.add(new NamedPath(element, RuleTestRenderer.isolatedPath(shared, group, alert, loaded),
                                names));
                    }
                }
            }
        }
        runbooks.forEach((slug, element) -> paths.add(new NamedPath(element, RunbookRenderer.path(slug),
                List.of(new Name("runbook", slug)))));
        for (Dashboard dashboard : model.dashboards()) {
            String element = Elements.dashboard(dashboard);
            List<Name> uid = List.of(new Name("uid", dashboard.uid()));
            List<Name> folderAndUid = dashboard.folder().isEmpty() ? uid
                    : List.of(new Name("folder", dashboard.folder()), new Name("uid", dashboard.uid()));
            paths.add(new NamedPath(element, DashboardPaths.dashboard(dashboard), folderAndUid));
            paths.add(new NamedPath(element, DashboardPaths.configMap(dashboard), uid));
            paths.add(new NamedPath(element, DashboardPaths.grafanaDashboard(dashboard), uid));
            paths.add(new NamedPath(element, DashboardPaths.grafanaManifest(dashboard), uid));
            if (!dashboard.folder().isEmpty()) {
                // A resource format's folder files: the folder's name in the path of its _folder.json.
                List<Name> folder = List.of(new Name("folder", dashboard.folder()));
                paths.add(new NamedPath(element, DashboardPaths.folderMetadata(dashboard.folder()), folder));
                paths.add(new NamedPath(element, DashboardPaths.folderManifest(dashboard.folder()), folder));
            }
        }
        if (model.collection() != null) {
            for (Store store : model.collection().stores()) {
                if (store instanceof SearchStore search) {
                    paths.add(new NamedPath("store '" + search.name() + "'", IndexTemplateRenderer.path(search),
                            List.of(new Name("name", search.name()),
                                    new Name("index template name", search.template().name()))));
                }
            }
        }
        return paths;
    }
}
