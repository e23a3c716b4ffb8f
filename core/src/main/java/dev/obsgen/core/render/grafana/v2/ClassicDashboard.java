package dev.obsgen.core.render.grafana.v2;

import dev.obsgen.core.render.grafana.GrafanaVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a v2 dashboard {@code spec} back into classic dashboard JSON, the inverse of {@link DashboardV2}: for a
 * dashboard obsgen wrote, the result written with {@code DashboardJsonFormat} is the classic file byte for byte.
 * Layouts and kinds classic JSON has no form for ({@code TabsLayout}, {@code AutoGridLayout}, {@code LibraryPanel},
 * conditional rendering, group-by, ad hoc and switch variables), and any field the reader does not map, are refused
 * with an {@link IllegalArgumentException} naming them, never dropped.
 */
public final class ClassicDashboard {
    private ClassicDashboard() {
    }

    /**
     * @param uid the dashboard's uid, which a v2 resource keeps in {@code metadata.name}
     * @throws IllegalArgumentException naming the dashboard and the element classic JSON cannot hold
     */
    public static Map<String, Object> fromV2(String uid, Map<String, Object> spec, GrafanaVersion version) {
        return read(uid, spec, version.schemaVersion());
    }

    private static final Set<String> SPEC = Set.of("annotations", "cursorSync", "description", "editable", "elements",
            "layout", "links", "liveNow", "preload", "revision", "tags", "timeSettings", "title", "variables");
    private static final Set<String> TIME_SETTINGS = Set.of("timezone", "from", "to", "autoRefresh",
            "autoRefreshIntervals", "quickRanges", "hideTimepicker", "weekStart", "fiscalYearStartMonth", "nowDelay");
    private static final Set<String> ANNOTATION = Set.of("query", "enable", "hide", "iconColor", "name", "builtIn",
            "filter", "placement", "mappings", "legacyOptions");

    static Map<String, Object> read(String uid, Map<String, Object> spec, int schemaVersion) {
        V2Fields.only(uid, spec, SPEC, "the spec");
        V2Fields.only(uid, ClassicObject.map(spec.get("timeSettings")), TIME_SETTINGS, "timeSettings");
        Map<String, Object> out = new TreeMap<>();
        Map<String, Object> builtIn = new TreeMap<>();
        builtIn.put("list", annotations(uid, ClassicObject.map(spec).get("annotations")));
        out.put("annotations", builtIn);
        out.put("description", spec.get("description") == null ? "" : spec.get("description"));
        for (String key : List.of("editable", "liveNow", "revision")) {
            if (spec.containsKey(key)) {
                out.put(key, spec.get(key));
            }
        }
        if (Boolean.TRUE.equals(spec.get("preload"))) {
            out.put("preload", true);
        }
        out.put("graphTooltip", V2Kinds.code(uid, "the spec's cursorSync", spec.get("cursorSync"), V2Kinds.CURSOR_SYNC));
        out.put("id", null);
        out.put("links", copies(spec.get("links")));
        out.put("panels", new ClassicPanels(uid, ClassicObject.map(spec.get("elements"))).panels(spec.get("layout")));
        out.put("schemaVersion", schemaVersion);
        out.put("tags", spec.get("tags") instanceof List<?> tags ? tags : List.of());
        Map<String, Object> templating = new TreeMap<>();
        templating.put("list", ClassicVariables.variables(uid, spec.get("variables")));
        out.put("templating", templating);
        timeSettings(ClassicObject.map(spec.get("timeSettings")), out);
        out.put("title", spec.get("title"));
        out.put("uid", uid);
        out.put("version", 1);
        return out;
    }

    private static void timeSettings(Map<String, Object> settings, Map<String, Object> out) {
        Map<String, Object> time = new TreeMap<>();
        time.put("from", settings.get("from"));
        time.put("to", settings.get("to"));
        out.put("time", time);
        out.put("refresh", settings.get("autoRefresh") == null ? "" : settings.get("autoRefresh"));
        if (settings.containsKey("timezone")) {
            out.put("timezone", settings.get("timezone"));
        }
        out.put("fiscalYearStartMonth", settings.get("fiscalYearStartMonth") == null ? 0 : settings.get("fiscalYearStartMonth"));
        if (settings.containsKey("weekStart")) {
            out.put("weekStart", settings.get("weekStart"));
        }
        Map<String, Object> picker = new TreeMap<>();
        Object intervals = settings.get("autoRefreshIntervals");
        if (intervals != null && !V2Kinds.AUTO_REFRESH_INTERVALS.equals(intervals)) {
            picker.put("refresh_intervals", intervals);
        }
        if (Boolean.TRUE.equals(settings.get("hideTimepicker"))) {
            picker.put("hidden", true);
        }
        if (settings.containsKey("nowDelay")) {
            picker.put("nowDelay", settings.get("nowDelay"));
        }
        if (settings.containsKey("quickRanges")) {
            picker.put("quick_ranges", settings.get("quickRanges"));
        }
        if (!picker.isEmpty()) {
            out.put("timepicker", picker);
        }
    }

    private static List<Object> annotations(String uid, Object annotations) {
        List<Object> out = new ArrayList<>();
        for (Object annotation : annotations instanceof List<?> list ? list : List.of()) {
            Map<String, Object> kind = ClassicObject.map(annotation);
            Map<String, Object> spec = ClassicObject.map(kind.get("spec"));
            String what = "annotation '" + spec.get("name") + "'";
            V2Fields.only(uid, spec, ANNOTATION, what);
            Map<String, Object> query = ClassicObject.map(spec.get("query"));
            V2Fields.only(uid, query, V2Kinds.DATA_QUERY, what + " query");
            Map<String, Object> json = new TreeMap<>(ClassicObject.map(query.get("spec")));
            json.putAll(ClassicObject.map(spec.get("legacyOptions")));
            for (String key : List.of("name", "enable", "hide", "iconColor", "filter", "mappings", "placement")) {
                if (spec.containsKey(key)) {
                    json.put(key, spec.get(key));
                }
            }
            if (spec.containsKey("builtIn")) {
                json.put("builtIn", Boolean.TRUE.equals(spec.get("builtIn")) ? 1 : 0);
            }
            json.put("datasource", V2Kinds.datasource(query));
            out.add(json);
        }
        return out;
    }

    private static List<Object> copies(Object list) {
        List<Object> out = new ArrayList<>();
        for (Object value : list instanceof List<?> l ? l : List.of()) {
            out.add(ClassicObject.map(value));
        }
        return out;
    }
}
