package dev.obsgen.core.render.grafana.v2;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A classic dashboard's {@code panels} as v2 {@code elements} and a layout. Without rows it is one
 * {@code GridLayout}; with rows a {@code RowsLayout} whose rows hold their panels at heights relative to the row,
 * and the panels above the first row in a leading row without a header, as Grafana itself places them.
 */
final class V2Panels {
    /** Field names of v2's {@code FieldConfig}; anything else under {@code fieldConfig.defaults} has no place. */
    private static final Set<String> FIELD_CONFIG = Set.of("displayName", "displayNameFromDS", "description", "path",
            "writeable", "filterable", "unit", "decimals", "min", "max", "mappings", "thresholds", "color", "links",
            "actions", "noValue", "custom", "fieldMinMax", "nullValueMode");
    private static final List<String> QUERY_OPTIONS = List.of("cacheTimeout", "hideTimeOverride", "interval",
            "maxDataPoints", "queryCachingTTL", "timeCompare", "timeFrom", "timeShift");

    private final Gaps gaps;
    private final Map<String, Object> elements = new TreeMap<>();
    private final Set<String> names = new HashSet<>();

    V2Panels(Gaps gaps) {
        this.gaps = gaps;
    }

    Map<String, Object> elements() {
        return elements;
    }

    Map<String, Object> layout(List<Object> panels) {
        boolean rows = panels.stream().anyMatch(p -> "row".equals(ClassicObject.map(p).get("type")));
        if (!rows) {
            List<Object> items = new ArrayList<>();
            for (Object panel : panels) {
                items.add(element(panel, 0));
            }
            return grid(items);
        }
        List<Object> rowKinds = new ArrayList<>();
        Map<String, Object> current = null;
        List<Object> items = null;
        int rowY = -1;
        for (Object panel : panels) {
            ClassicObject json = new ClassicObject(panel);
            if (!"row".equals(json.rest().get("type"))) {
                if (current == null) {
                    items = new ArrayList<>();
                    current = new TreeMap<>();
                    current.put("collapse", false);
                    current.put("hideHeader", true);
                    current.put("title", "");
                    current.put("layout", grid(items));
                    rowKinds.add(V2Kinds.kind("RowsLayoutRow", current));
                }
                items.add(element(panel, rowY + 1));
                continue;
            }
            String title = String.valueOf(json.rest().get("title"));
            Integer id = json.rest().get("id") instanceof Number n ? n.intValue() : null;
            json.take("type");
            json.take("id");
            boolean collapsed = json.flag("collapsed");
            Map<String, Object> gridPos = ClassicObject.map(json.take("gridPos"));
            rowY = gridPos.get("y") instanceof Number n ? n.intValue() : 0;
            items = new ArrayList<>();
            current = new TreeMap<>();
            current.put("collapse", collapsed);
            current.put("title", json.text("title"));
            current.put("layout", grid(items));
            Object repeat = json.take("repeat");
            if (repeat != null) {
                current.put("repeat", repeatOptions(repeat));
            }
            List<Object> children = json.list("panels");
            if (!collapsed && !children.isEmpty()) {
                gaps.panel(title, id, "panels", "holds panels in an expanded row, which v2 cannot tell from a collapsed one");
            }
            for (Object child : children) {
                items.add(element(child, rowY + 1));
            }
            gaps.panelLeftovers(json, title, id, "");
            rowKinds.add(V2Kinds.kind("RowsLayoutRow", current));
        }
        Map<String, Object> spec = new TreeMap<>();
        spec.put("rows", rowKinds);
        return V2Kinds.kind("RowsLayout", spec);
    }

    private static Map<String, Object> grid(List<Object> items) {
        Map<String, Object> spec = new TreeMap<>();
        spec.put("items", items);
        return V2Kinds.kind("GridLayout", spec);
    }

    private static Map<String, Object> repeatOptions(Object variable) {
        Map<String, Object> repeat = new TreeMap<>();
        repeat.put("mode", "variable");
        repeat.put("value", variable);
        return repeat;
    }

    /** The panel as an element, and its grid item with {@code y} less {@code top}. */
    private Map<String, Object> element(Object panel, int top) {
        ClassicObject json = new ClassicObject(panel);
        String title = json.rest().get("title") instanceof String t ? t : "";
        Integer id = json.integer("id");
        String name = "panel-" + id;
        if (id == null || !names.add(name)) {
            gaps.panel(title, id, "id", id == null ? "is missing; v2 names each element by it"
                    : "is used twice; v2 names each element by it");
        }
        Map<String, Object> item = item(json, name, top, title, id);
        Map<String, Object> spec = new TreeMap<>();
        spec.put("id", id);
        spec.put("title", json.text("title"));
        if (json.has("description") && json.rest().get("description") != null) {
            spec.put("description", json.take("description"));
        } else {
            json.take("description");
        }
        spec.put("links", links(json.list("links"), title, id));
        if (json.has("transparent")) {
            spec.put("transparent", json.take("transparent"));
        }
        spec.put("data", V2Kinds.kind("QueryGroup", queryGroup(json, title, id)));
        spec.put("vizConfig", vizConfig(json, title, id));
        if (json.has("libraryPanel")) {
            gaps.panel(title, id, "libraryPanel", "links a library panel; obsgen writes panels whole, and v2 keeps a "
                    + "library panel as a reference without its content");
            json.take("libraryPanel");
        }
        gaps.panelLeftovers(json, title, id, "");
        elements.put(name, V2Kinds.kind("Panel", spec));
        return item;
    }

    private Map<String, Object> item(ClassicObject json, String name, int top, String title, Integer id) {
        ClassicObject pos = new ClassicObject(json.take("gridPos"));
        Map<String, Object> spec = new TreeMap<>();
        spec.put("x", pos.integer("x"));
        Integer y = pos.integer("y");
        spec.put("y", y == null ? null : y - top);
        spec.put("width", pos.integer("w"));
        spec.put("height", pos.integer("h"));
        gaps.panelLeftovers(pos, title, id, "gridPos.");
        Map<String, Object> reference = new TreeMap<>();
        reference.put("kind", "ElementReference");
        reference.put("name", name);
        spec.put("element", reference);
        Object repeat = json.take("repeat");
        if (repeat != null) {
            Map<String, Object> options = repeatOptions(repeat);
            Object direction = json.take("repeatDirection");
            if (direction != null) {
                options.put("direction", direction);
            }
            Object maxPerRow = json.take("maxPerRow");
            if (maxPerRow != null) {
                options.put("maxPerRow", maxPerRow);
            }
            spec.put("repeat", options);
        }
        return V2Kinds.kind("GridLayoutItem", spec);
    }

    private List<Object> links(List<Object> links, String title, Integer id) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            ClassicObject link = new ClassicObject(links.get(i));
            Map<String, Object> v2 = new TreeMap<>();
            v2.put("title", link.take("title"));
            v2.put("url", link.take("url"));
            if (link.has("targetBlank")) {
                v2.put("targetBlank", link.take("targetBlank"));
            }
            gaps.panelLeftovers(link, title, id, "links[" + i + "].");
            out.add(v2);
        }
        return out;
    }

    private Map<String, Object> queryGroup(ClassicObject json, String title, Integer id) {
        Object datasource = json.take("datasource");
        boolean hasTargets = json.has("targets");
        List<Object> targets = json.list("targets");
        List<Object> queries = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            queries.add(query(targets.get(i), datasource, title, id, "targets[" + i + "]."));
        }
        if (targets.isEmpty() && (datasource != null || hasTargets)) {
            gaps.panel(title, id, "datasource", "belongs to a panel without queries; in v2 only a query names a data source");
        }
        List<Object> transformations = new ArrayList<>();
        List<Object> classic = json.list("transformations");
        for (int i = 0; i < classic.size(); i++) {
            ClassicObject step = new ClassicObject(classic.get(i));
            Map<String, Object> spec = new TreeMap<>();
            for (String key : List.of("disabled", "filter", "topic", "options")) {
                if (step.has(key)) {
                    spec.put(key, step.take(key));
                }
            }
            Map<String, Object> kind = V2Kinds.kind("Transformation", spec);
            kind.put("group", step.take("id"));
            gaps.panelLeftovers(step, title, id, "transformations[" + i + "].");
            transformations.add(kind);
        }
        Map<String, Object> options = new TreeMap<>();
        for (String key : QUERY_OPTIONS) {
            if (json.has(key)) {
                options.put(key, json.take(key));
            }
        }
        Map<String, Object> spec = new TreeMap<>();
        spec.put("queries", queries);
        spec.put("transformations", transformations);
        spec.put("queryOptions", options);
        return spec;
    }

    private Map<String, Object> query(Object target, Object panelDatasource, String title, Integer id, String prefix) {
        ClassicObject json = new ClassicObject(target);
        Object datasource = json.has("datasource") ? json.take("datasource") : panelDatasource;
        if (!V2Kinds.plainDatasource(datasource)) {
            gaps.panel(title, id, prefix + "datasource", "is not a {type, uid} reference, the only form v2 keeps");
        }
        Map<String, Object> spec = new TreeMap<>();
        Object refId = json.take("refId");
        boolean hidden = json.flag("hide");
        spec.put("refId", refId);
        spec.put("hidden", hidden);
        spec.put("query", V2Kinds.dataQuery(ClassicObject.map(datasource), json.rest()));
        return V2Kinds.kind("PanelQuery", spec);
    }

    private Map<String, Object> vizConfig(ClassicObject json, String title, Integer id) {
        ClassicObject fieldConfig = new ClassicObject(json.take("fieldConfig"));
        Map<String, Object> defaults = ClassicObject.map(fieldConfig.take("defaults"));
        for (String key : defaults.keySet()) {
            if (!FIELD_CONFIG.contains(key)) {
                gaps.panel(title, id, "fieldConfig.defaults." + key, "is no field option of v2's FieldConfig");
            }
        }
        List<Object> overrides = fieldConfig.list("overrides");
        for (int i = 0; i < overrides.size(); i++) {
            for (String key : ClassicObject.map(overrides.get(i)).keySet()) {
                if (!Set.of("matcher", "properties", "__systemRef").contains(key)) {
                    gaps.panel(title, id, "fieldConfig.overrides[" + i + "]." + key, "has no place in v2");
                }
            }
        }
        gaps.panelLeftovers(fieldConfig, title, id, "fieldConfig.");
        Map<String, Object> source = new TreeMap<>();
        source.put("defaults", defaults);
        source.put("overrides", overrides);
        Map<String, Object> spec = new TreeMap<>();
        spec.put("fieldConfig", source);
        spec.put("options", ClassicObject.map(json.take("options")));
        Map<String, Object> viz = V2Kinds.kind("VizConfig", spec);
        viz.put("group", json.take("type"));
        Object version = json.take("pluginVersion");
        viz.put("version", version == null ? "" : version);
        return viz;
    }
}
