package dev.obsgen.core.render.grafana.v2;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Classic {@code templating.list} entries as v2 variable kinds, one kind per classic {@code type}. */
final class V2Variables {
    private static final Map<String, String> KINDS = Map.of("query", "QueryVariable", "custom", "CustomVariable",
            "datasource", "DatasourceVariable", "interval", "IntervalVariable", "constant", "ConstantVariable",
            "textbox", "TextVariable");
    static final String AUTO_MIN = "10s";
    static final int AUTO_COUNT = 30;

    private final Gaps gaps;

    V2Variables(Gaps gaps) {
        this.gaps = gaps;
    }

    Object variable(Object classic, int index) {
        ClassicObject json = new ClassicObject(classic);
        String type = json.text("type");
        String name = String.valueOf(json.rest().get("name"));
        String prefix = "templating.list[" + index + "] (" + name + ").";
        String kind = KINDS.get(type);
        if (kind == null) {
            gaps.dashboard(prefix + "type", "'" + type + "' is a variable type obsgen does not convert");
            return V2Kinds.kind("TextVariable", new TreeMap<>());
        }
        Map<String, Object> spec = new TreeMap<>();
        spec.put("name", json.take("name"));
        copy(json, spec, "label", "description");
        spec.put("hide", code(json.take("hide"), V2Kinds.HIDE, prefix + "hide"));
        spec.put("skipUrlSync", json.flag("skipUrlSync"));
        spec.put("current", json.has("current") ? json.take("current") : emptyOption());
        switch (type) {
            case "query" -> {
                Object datasource = json.take("datasource");
                if (!V2Kinds.plainDatasource(datasource)) {
                    gaps.dashboard(prefix + "datasource", "is not a {type, uid} reference, the only form v2 keeps");
                }
                Object query = json.take("query");
                Map<String, Object> querySpec = query instanceof Map<?, ?> ? ClassicObject.map(query)
                        : new TreeMap<>(Map.of(V2Kinds.LEGACY_STRING_VALUE, String.valueOf(query)));
                spec.put("query", V2Kinds.dataQuery(ClassicObject.map(datasource), querySpec));
                copy(json, spec, "definition", "allValue", "regexApplyTo");
                selection(json, spec);
                spec.put("refresh", code(json.take("refresh"), V2Kinds.REFRESH, prefix + "refresh"));
                spec.put("regex", textOr(json.take("regex")));
                spec.put("sort", code(json.take("sort"), V2Kinds.SORT, prefix + "sort"));
            }
            case "datasource" -> {
                spec.put("pluginId", json.text("query"));
                copy(json, spec, "allValue");
                selection(json, spec);
                spec.put("refresh", code(json.take("refresh"), V2Kinds.REFRESH, prefix + "refresh"));
                spec.put("regex", textOr(json.take("regex")));
            }
            case "custom" -> {
                spec.put("query", textOr(json.take("query")));
                copy(json, spec, "allValue");
                selection(json, spec);
            }
            case "interval" -> {
                spec.put("query", textOr(json.take("query")));
                spec.put("options", json.list("options"));
                spec.put("auto", json.flag("auto"));
                spec.put("auto_min", json.has("auto_min") ? json.take("auto_min") : AUTO_MIN);
                spec.put("auto_count", json.has("auto_count") ? json.take("auto_count") : AUTO_COUNT);
                Object refresh = json.take("refresh");
                if (!(refresh instanceof Number n && n.intValue() == 2)) {
                    gaps.dashboard(prefix + "refresh", "is " + refresh + "; a v2 interval variable refreshes on "
                            + "time range change (2) only");
                }
                spec.put("refresh", "onTimeRangeChanged");
            }
            default -> spec.put("query", textOr(json.take("query")));
        }
        gaps.dashboardLeftovers(json, prefix);
        return V2Kinds.kind(kind, spec);
    }

    /** The fields of a variable a user picks values from: options, multi, include all and custom values. */
    private static void selection(ClassicObject json, Map<String, Object> spec) {
        spec.put("options", json.list("options"));
        spec.put("multi", json.flag("multi"));
        spec.put("includeAll", json.flag("includeAll"));
        spec.put("allowCustomValue", !json.has("allowCustomValue") || json.flag("allowCustomValue"));
    }

    private static void copy(ClassicObject json, Map<String, Object> spec, String... keys) {
        for (String key : keys) {
            if (json.has(key)) {
                spec.put(key, json.take(key));
            }
        }
    }

    private String code(Object value, List<String> names, String field) {
        int code = value instanceof Number n ? n.intValue() : 0;
        if (value != null && !(value instanceof Number) || code < 0 || code >= names.size()) {
            gaps.dashboard(field, "is " + value + ", which v2 has no name for");
            return names.get(0);
        }
        return names.get(code);
    }

    private static String textOr(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    static Map<String, Object> emptyOption() {
        Map<String, Object> option = new TreeMap<>();
        option.put("text", "");
        option.put("value", "");
        return option;
    }
}
