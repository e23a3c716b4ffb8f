package dev.obsgen.core.render.grafana.v2;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;

/**
 * A v2 layout and its elements as a classic {@code panels} list. Rows get back what v2 does not keep: the header
 * goes below everything placed so far and takes the lowest id no panel or earlier row has, as obsgen's own layout
 * hands them out.
 */
final class ClassicPanels {
    private static final Set<String> ROW = Set.of("title", "collapse", "hideHeader", "layout", "repeat");
    private static final Set<String> ITEM = Set.of("x", "y", "width", "height", "element", "repeat");
    private static final Set<String> PANEL = Set.of("id", "title", "description", "links", "data", "vizConfig",
            "transparent");
    private static final Set<String> QUERY_GROUP = Set.of("queries", "transformations", "queryOptions");
    private static final Set<String> PANEL_QUERY = Set.of("query", "refId", "hidden");
    private static final Set<String> VIZ_CONFIG = Set.of("kind", "group", "version", "spec");
    private static final Set<String> VIZ_SPEC = Set.of("options", "fieldConfig");

    private final String uid;
    private final Map<String, Object> elements;
    private final Set<Integer> usedIds = new HashSet<>();
    private final Set<String> placed = new HashSet<>();
    private int bottom;

    ClassicPanels(String uid, Map<String, Object> elements) {
        this.uid = uid;
        this.elements = elements;
        for (Object element : elements.values()) {
            Object id = ClassicObject.map(ClassicObject.map(element).get("spec")).get("id");
            if (id instanceof Number n) {
                usedIds.add(n.intValue());
            }
        }
    }

    List<Object> panels(Object layout) {
        Map<String, Object> kind = ClassicObject.map(layout);
        String name = String.valueOf(kind.get("kind"));
        Map<String, Object> spec = ClassicObject.map(kind.get("spec"));
        List<Object> out = new ArrayList<>();
        switch (name) {
            case "GridLayout" -> out.addAll(grid(spec, 0));
            case "RowsLayout" -> {
                List<?> rows = spec.get("rows") instanceof List<?> list ? list : List.of();
                for (int i = 0; i < rows.size(); i++) {
                    row(ClassicObject.map(rows.get(i)), i, out);
                }
            }
            default -> throw refuse("layout " + name + " has no classic form; only GridLayout and RowsLayout do");
        }
        for (String element : new TreeSet<>(elements.keySet())) {
            if (!placed.contains(element)) {
                throw refuse("element '" + element + "' is placed by no layout item; classic JSON has no panel off the grid");
            }
        }
        return out;
    }

    private void row(Map<String, Object> kind, int index, List<Object> out) {
        Map<String, Object> spec = ClassicObject.map(kind.get("spec"));
        String title = spec.get("title") == null ? "" : String.valueOf(spec.get("title"));
        for (String key : List.of("conditionalRendering", "variables", "fillScreen")) {
            if (spec.containsKey(key)) {
                throw refuse("row '" + title + "' has '" + key + "', which classic rows do not have");
            }
        }
        V2Fields.only(uid, spec, ROW, "row '" + title + "'");
        Map<String, Object> layout = ClassicObject.map(spec.get("layout"));
        if (!"GridLayout".equals(layout.get("kind"))) {
            throw refuse("row '" + title + "' holds layout " + layout.get("kind") + "; a classic row holds a grid only");
        }
        Map<String, Object> grid = ClassicObject.map(layout.get("spec"));
        if (Boolean.TRUE.equals(spec.get("hideHeader"))) {
            if (index != 0) {
                throw refuse("row " + (index + 1) + " hides its header; classic JSON has such panels above the first row only");
            }
            // Panels above the first classic row have no row to carry a title, a collapse or a repeat.
            if (!title.isEmpty()) {
                throw refuse("row '" + title + "' hides its header but has a title; classic panels above the first row have none");
            }
            for (String key : List.of("collapse", "repeat")) {
                Object value = spec.get(key);
                if (value != null && !Boolean.FALSE.equals(value)) {
                    throw refuse("row 1 hides its header but has '" + key + "'; classic panels above the first row "
                            + "cannot be " + (key.equals("collapse") ? "collapsed" : "repeated"));
                }
            }
            out.addAll(grid(grid, 0));
            return;
        }
        int y = bottom;
        bottom = Math.max(bottom, y + 1);
        int id = 1;
        while (usedIds.contains(id)) {
            id++;
        }
        usedIds.add(id);
        boolean collapsed = Boolean.TRUE.equals(spec.get("collapse"));
        List<Object> children = grid(grid, y + 1);
        Map<String, Object> row = new TreeMap<>();
        row.put("collapsed", collapsed);
        row.put("gridPos", gridPos(0, y, 24, 1));
        row.put("id", id);
        row.put("panels", collapsed ? children : List.of());
        row.put("title", title);
        row.put("type", "row");
        Map<String, Object> repeat = ClassicObject.map(spec.get("repeat"));
        if (repeat.containsKey("value")) {
            row.put("repeat", repeat.get("value"));
        }
        out.add(row);
        if (!collapsed) {
            out.addAll(children);
        }
    }

    private List<Object> grid(Map<String, Object> grid, int top) {
        List<Object> out = new ArrayList<>();
        for (Object item : grid.get("items") instanceof List<?> list ? list : List.of()) {
            Map<String, Object> kind = ClassicObject.map(item);
            if (!"GridLayoutItem".equals(kind.get("kind"))) {
                throw refuse("grid item of kind " + kind.get("kind") + " has no classic form");
            }
            out.add(panel(ClassicObject.map(kind.get("spec")), top));
        }
        return out;
    }

    private Map<String, Object> panel(Map<String, Object> item, int top) {
        String name = String.valueOf(ClassicObject.map(item.get("element")).get("name"));
        Map<String, Object> element = ClassicObject.map(elements.get(name));
        if (element.isEmpty()) {
            throw refuse("the layout places element '" + name + "', which the dashboard does not have");
        }
        if (!placed.add(name)) {
            throw refuse("the layout places element '" + name + "' twice; a classic panel has one place");
        }
        if (!"Panel".equals(element.get("kind"))) {
            throw refuse("element '" + name + "' is of kind " + element.get("kind") + "; obsgen reads whole panels only");
        }
        Map<String, Object> spec = ClassicObject.map(element.get("spec"));
        String what = "panel '" + spec.get("title") + "'";
        V2Fields.only(uid, item, ITEM, what + " grid item");
        V2Fields.only(uid, spec, PANEL, what);
        Map<String, Object> viz = ClassicObject.map(spec.get("vizConfig"));
        V2Fields.only(uid, viz, VIZ_CONFIG, what + " vizConfig");
        Map<String, Object> vizSpec = ClassicObject.map(viz.get("spec"));
        V2Fields.only(uid, vizSpec, VIZ_SPEC, what + " vizConfig");
        Map<String, Object> data = ClassicObject.map(ClassicObject.map(spec.get("data")).get("spec"));
        V2Fields.only(uid, data, QUERY_GROUP, what + " query group");
        Map<String, Object> panel = new TreeMap<>();
        panel.put("description", spec.get("description") == null ? "" : spec.get("description"));
        panel.put("fieldConfig", vizSpec.get("fieldConfig"));
        int y = whole(item, "y", what) + top;
        int height = whole(item, "height", what);
        bottom = Math.max(bottom, y + height);
        panel.put("gridPos", gridPos(whole(item, "x", what), y, whole(item, "width", what), height));
        panel.put("id", spec.get("id"));
        panel.put("options", vizSpec.get("options"));
        panel.put("pluginVersion", viz.get("version"));
        panel.put("title", spec.get("title"));
        panel.put("type", viz.get("group"));
        if (spec.containsKey("transparent")) {
            panel.put("transparent", spec.get("transparent"));
        }
        if (spec.get("links") instanceof List<?> links && !links.isEmpty()) {
            panel.put("links", links);
        }
        Map<String, Object> repeat = ClassicObject.map(item.get("repeat"));
        if (repeat.containsKey("value")) {
            panel.put("repeat", repeat.get("value"));
            if (repeat.containsKey("direction")) {
                panel.put("repeatDirection", repeat.get("direction"));
            }
            if (repeat.containsKey("maxPerRow")) {
                panel.put("maxPerRow", repeat.get("maxPerRow"));
            }
        }
        panel.putAll(ClassicObject.map(data.get("queryOptions")));
        List<Object> targets = new ArrayList<>();
        for (Object query : data.get("queries") instanceof List<?> list ? list : List.of()) {
            Map<String, Object> querySpec = ClassicObject.map(ClassicObject.map(query).get("spec"));
            V2Fields.only(uid, querySpec, PANEL_QUERY, what + " query " + querySpec.get("refId"));
            V2Fields.only(uid, ClassicObject.map(querySpec.get("query")), V2Kinds.DATA_QUERY,
                    what + " query " + querySpec.get("refId"));
            targets.add(target(querySpec));
        }
        if (!targets.isEmpty()) {
            panel.put("datasource", ClassicObject.map(targets.get(0)).get("datasource"));
            panel.put("targets", targets);
        }
        List<Object> transformations = new ArrayList<>();
        for (Object transformation : data.get("transformations") instanceof List<?> list ? list : List.of()) {
            Map<String, Object> kind = ClassicObject.map(transformation);
            Map<String, Object> json = new TreeMap<>(ClassicObject.map(kind.get("spec")));
            // v2 names the transformation in group; v2beta1 in kind and in the spec's id.
            json.put("id", "Transformation".equals(kind.get("kind")) ? kind.get("group") : json.getOrDefault("id", kind.get("kind")));
            transformations.add(json);
        }
        if (!transformations.isEmpty()) {
            panel.put("transformations", transformations);
        }
        return panel;
    }

    private static Map<String, Object> target(Map<String, Object> spec) {
        Map<String, Object> query = ClassicObject.map(spec.get("query"));
        Map<String, Object> target = new TreeMap<>(ClassicObject.map(query.get("spec")));
        target.put("datasource", V2Kinds.datasource(query));
        target.put("refId", spec.get("refId"));
        if (Boolean.TRUE.equals(spec.get("hidden"))) {
            target.put("hide", true);
        }
        return target;
    }

    private static Map<String, Object> gridPos(int x, int y, int w, int h) {
        Map<String, Object> pos = new TreeMap<>();
        pos.put("h", h);
        pos.put("w", w);
        pos.put("x", x);
        pos.put("y", y);
        return pos;
    }

    /**
     * A grid coordinate or size: classic gridPos holds whole grid units only, so a string, a fraction, a negative or
     * a missing value is refused rather than turned into a panel somewhere else or 0 wide.
     */
    private int whole(Map<String, Object> item, String field, String what) {
        Object value = item.get(field);
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && d >= 0 && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
        }
        String shown = value == null ? "missing" : value instanceof String text ? "'" + text + "'" : String.valueOf(value);
        throw refuse(what + " grid item " + field + " is " + shown + "; classic gridPos needs a whole number of "
                + "grid units");
    }

    private IllegalArgumentException refuse(String what) {
        return new IllegalArgumentException("dashboard '" + uid + "': " + what);
    }
}
