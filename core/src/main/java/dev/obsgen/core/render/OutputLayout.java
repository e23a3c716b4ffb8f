package dev.obsgen.core.render;

import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.SharedNames;
import dev.obsgen.core.render.elasticsearch.IndexTemplateRenderer;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.DashboardPaths;
import dev.obsgen.core.render.preview.DashboardPreviewRenderer;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /**
     * The paths of every dashboard format together: what the writer names a file's element from, and what the names
     * are vetted in (a folder's files hold no name its dashboards' paths do not).
     */
    public static List<NamedPath> of(Observability model) {
        return of(model, null);
    }

    /** The paths written with dashboards in {@code format}; null for every format together. */
    public static List<NamedPath> of(Observability model, DashboardFormat format) {
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
        boolean classic = format == null || format == DashboardFormat.CLASSIC;
        boolean resource = format == null || format != DashboardFormat.CLASSIC;
        Set<String> folders = new TreeSet<>();
        for (Dashboard dashboard : model.dashboards()) {
            String element = Elements.dashboard(dashboard);
            List<Name> uid = List.of(new Name("uid", dashboard.uid()));
            List<Name> folderAndUid = dashboard.folder().isEmpty() ? uid
                    : List.of(new Name("folder", dashboard.folder()), new Name("uid", dashboard.uid()));
            paths.add(new NamedPath(element, DashboardPaths.dashboard(dashboard), folderAndUid));
            paths.add(new NamedPath(element, DashboardPaths.configMap(dashboard), uid));
            if (classic) {
                paths.add(new NamedPath(element, DashboardPaths.grafanaDashboard(dashboard), uid));
            }
            if (resource) {
                paths.add(new NamedPath(element, DashboardPaths.grafanaManifest(dashboard), uid));
            }
            paths.add(new NamedPath(element, DashboardPreviewRenderer.path(dashboard), uid));
            if (!dashboard.folder().isEmpty()) {
                folders.add(dashboard.folder());
            }
        }
        if (resource) {
            // A resource format's folder files belong to the folder, which every dashboard in it shares.
            for (String folder : folders) {
                String element = "dashboard folder '" + folder + "'";
                List<Name> name = List.of(new Name("folder", folder));
                paths.add(new NamedPath(element, DashboardPaths.folderMetadata(folder), name));
                paths.add(new NamedPath(element, DashboardPaths.folderManifest(folder), name));
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
