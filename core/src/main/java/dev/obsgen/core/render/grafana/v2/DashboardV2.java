package dev.obsgen.core.render.grafana.v2;

import dev.obsgen.core.render.grafana.GrafanaVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Grafana's v2 dashboard {@code spec} ({@code dashboard.grafana.app/v2} for Grafana 13, {@code v2beta1} for 12) of a
 * classic dashboard as {@code DashboardRenderer} builds it: panels become {@code elements} named {@code panel-<id>}
 * placed by a {@code GridLayout} (or a {@code RowsLayout} when there are rows), queries a {@code QueryGroup}, options
 * and field config a {@code VizConfig}, the time fields one {@code timeSettings}.
 *
 * <p>Nothing is dropped: a classic field v2 has no place for is a {@link V2Gap}, and a dashboard whose v2 form
 * read back by {@link ClassicDashboard} would not be the same classic JSON is one too, naming the field that
 * differs. {@link #spec} refuses a dashboard with gaps; {@link #gaps} lists them.
 */
public final class DashboardV2 {
    private DashboardV2() {
    }

    /**
     * @throws V2Unsupported naming every gap when v2 cannot hold the dashboard as it is
     */
    public static Map<String, Object> spec(Map<String, Object> classic, GrafanaVersion version) {
        Gaps gaps = new Gaps(uid(classic));
        Map<String, Object> spec = convert(classic, version, gaps);
        if (!gaps.isEmpty()) {
            throw new V2Unsupported(gaps.list());
        }
        return spec;
    }

    /**
     * Every gap of the dashboard for the release, found on {@link #spec}'s own path (v2beta1 or v2): empty exactly
     * when {@link #spec} takes it.
     */
    public static List<V2Gap> gaps(Map<String, Object> classic, GrafanaVersion version) {
        Gaps gaps = new Gaps(uid(classic));
        convert(classic, version, gaps);
        return gaps.list();
    }

    private static Map<String, Object> convert(Map<String, Object> classic, GrafanaVersion version, Gaps gaps) {
        Map<String, Object> spec = convert(classic, gaps, isBeta(version));
        if (schemaVersion(classic) != version.schemaVersion()) {
            gaps.dashboard("schemaVersion", "is " + classic.get("schemaVersion") + ", but Grafana "
                    + version.pluginVersion() + " writes " + version.schemaVersion()
                    + "; convert the classic JSON rendered for the same release");
        }
        if (gaps.isEmpty()) {
            compare(classic, spec, gaps);
        }
        return spec;
    }

    /**
     * Grafana 12 (from 12.2, see {@code DashboardFormat}) serves the spec as {@code v2beta1}, Grafana 13 as
     * {@code v2}; they differ in one place, a transformation: {@code {kind: <id>, spec: {id, options}}} in v2beta1,
     * {@code {kind: Transformation, group: <id>, spec: {options}}} in v2.
     */
    public static boolean isBeta(GrafanaVersion version) {
        return version.major() < 13;
    }

    private static int schemaVersion(Map<String, Object> classic) {
        return classic.get("schemaVersion") instanceof Number n ? n.intValue() : -1;
    }

    private static String uid(Map<String, Object> classic) {
        return String.valueOf(classic.get("uid"));
    }

    private static Map<String, Object> convert(Map<String, Object> classic, Gaps gaps, boolean beta) {
        ClassicObject json = new ClassicObject(classic);
        Map<String, Object> spec = new TreeMap<>();
        json.take("uid");
        json.take("id");
        json.take("version");
        json.take("schemaVersion");
        spec.put("title", json.text("title"));
        if (json.rest().get("description") != null) {
            spec.put("description", json.take("description"));
        } else {
            json.take("description");
        }
        spec.put("tags", json.list("tags"));
        Object tooltip = json.take("graphTooltip");
        int cursor = tooltip instanceof Number n ? n.intValue() : 0;
        if (cursor < 0 || cursor > 2) {
            gaps.dashboard("graphTooltip", "is " + tooltip + ", which v2 has no cursor sync for");
            cursor = 0;
        }
        spec.put("cursorSync", V2Kinds.CURSOR_SYNC.get(cursor));
        spec.put("preload", json.flag("preload"));
        for (String key : List.of("editable", "liveNow", "revision")) {
            if (json.has(key)) {
                spec.put(key, json.take(key));
            }
        }
        spec.put("timeSettings", timeSettings(json, gaps));
        spec.put("links", links(json.list("links"), gaps));
        ClassicObject annotations = new ClassicObject(json.take("annotations"));
        spec.put("annotations", annotations(annotations.list("list"), gaps));
        gaps.dashboardLeftovers(annotations, "annotations.");
        ClassicObject templating = new ClassicObject(json.take("templating"));
        V2Variables variables = new V2Variables(gaps);
        List<Object> classicVariables = templating.list("list");
        List<Object> v2Variables = new ArrayList<>();
        for (int i = 0; i < classicVariables.size(); i++) {
            v2Variables.add(variables.variable(classicVariables.get(i), i));
        }
        spec.put("variables", v2Variables);
        gaps.dashboardLeftovers(templating, "templating.");
        V2Panels panels = new V2Panels(gaps, beta);
        spec.put("layout", panels.layout(json.list("panels")));
        spec.put("elements", panels.elements());
        gaps.dashboardLeftovers(json, "");
        return spec;
    }

    private static Map<String, Object> timeSettings(ClassicObject json, Gaps gaps) {
        Map<String, Object> settings = new TreeMap<>();
        ClassicObject time = new ClassicObject(json.take("time"));
        settings.put("from", time.text("from"));
        settings.put("to", time.text("to"));
        gaps.dashboardLeftovers(time, "time.");
        Object refresh = json.take("refresh");
        settings.put("autoRefresh", refresh instanceof String text ? text : "");
        if (refresh != null && !(refresh instanceof String)) {
            gaps.dashboard("refresh", "is " + refresh + "; v2 takes an interval such as 1m or nothing");
        }
        Object timezone = json.take("timezone");
        if (timezone != null) {
            settings.put("timezone", timezone);
        }
        Object fiscal = json.take("fiscalYearStartMonth");
        settings.put("fiscalYearStartMonth", fiscal == null ? 0 : fiscal);
        if (json.has("weekStart")) {
            settings.put("weekStart", json.take("weekStart"));
        }
        ClassicObject picker = new ClassicObject(json.take("timepicker"));
        Object intervals = picker.take("refresh_intervals");
        settings.put("autoRefreshIntervals", intervals == null ? V2Kinds.AUTO_REFRESH_INTERVALS : intervals);
        settings.put("hideTimepicker", picker.flag("hidden"));
        if (picker.has("nowDelay")) {
            settings.put("nowDelay", picker.take("nowDelay"));
        }
        if (picker.has("quick_ranges")) {
            settings.put("quickRanges", picker.take("quick_ranges"));
        }
        gaps.dashboardLeftovers(picker, "timepicker.");
        return settings;
    }

    private static List<Object> links(List<Object> links, Gaps gaps) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            ClassicObject link = new ClassicObject(links.get(i));
            Map<String, Object> v2 = new TreeMap<>();
            for (String key : List.of("asDropdown", "icon", "includeVars", "keepTime", "placement", "tags",
                    "targetBlank", "title", "tooltip", "type", "url")) {
                if (link.has(key)) {
                    v2.put(key, link.take(key));
                }
            }
            gaps.dashboardLeftovers(link, "links[" + i + "].");
            out.add(v2);
        }
        return out;
    }

    /**
     * Each annotation as an {@code AnnotationQuery}: the fields every annotation has in the spec, the data source
     * as the query's group and name, the data source's own fields (a Prometheus {@code expr}, {@code step}) as the
     * query's spec, and the built-in one's {@code type} in {@code legacyOptions}, as Grafana converts it.
     */
    private static List<Object> annotations(List<Object> annotations, Gaps gaps) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < annotations.size(); i++) {
            ClassicObject json = new ClassicObject(annotations.get(i));
            Map<String, Object> spec = new TreeMap<>();
            spec.put("name", json.text("name"));
            spec.put("enable", json.flag("enable"));
            spec.put("hide", json.flag("hide"));
            spec.put("iconColor", json.text("iconColor"));
            if (json.has("builtIn")) {
                Object builtIn = json.take("builtIn");
                spec.put("builtIn", builtIn instanceof Number n ? n.intValue() == 1 : Boolean.TRUE.equals(builtIn));
            }
            for (String key : List.of("filter", "mappings", "placement")) {
                if (json.has(key)) {
                    spec.put(key, json.take(key));
                }
            }
            if (json.has("type")) {
                // Where Grafana's own conversion keeps the built-in annotation's type.
                spec.put("legacyOptions", new TreeMap<>(Map.of("type", json.take("type"))));
            }
            Object datasource = json.take("datasource");
            if (!V2Kinds.plainDatasource(datasource)) {
                gaps.dashboard("annotations.list[" + i + "].datasource",
                        "is not a {type, uid} reference, the only form v2 keeps");
            }
            spec.put("query", V2Kinds.dataQuery(ClassicObject.map(datasource), json.rest()));
            out.add(V2Kinds.kind("AnnotationQuery", spec));
        }
        return out;
    }

    /** Every path where the classic JSON read back differs from the original, as a gap of that field. */
    private static void compare(Map<String, Object> classic, Map<String, Object> spec, Gaps gaps) {
        Map<String, Object> readBack;
        try {
            readBack = ClassicDashboard.read(gaps.uid(), spec, schemaVersion(classic));
        } catch (IllegalArgumentException e) {
            gaps.dashboard("panels", "do not read back from v2: " + e.getMessage());
            return;
        }
        List<String> paths = new ArrayList<>();
        TreeDiff.paths("", classic, readBack, paths);
        for (String path : paths) {
            TreeDiff.Owner owner = TreeDiff.owner(classic, path);
            String reason = "does not come back the same from v2";
            if (owner == null) {
                gaps.dashboard(path, reason);
            } else if (owner.row()) {
                gaps.row(owner.title(), owner.id(), owner.field(), reason);
            } else {
                gaps.panel(owner.title(), owner.id(), owner.field(), reason);
            }
        }
    }
}
