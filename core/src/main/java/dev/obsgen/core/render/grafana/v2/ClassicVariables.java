package dev.obsgen.core.render.grafana.v2;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** v2 variable kinds back as classic {@code templating.list} entries, with the fields classic JSON leaves out when unset left out. */
final class ClassicVariables {
    private static final Map<String, String> TYPES = Map.of("QueryVariable", "query", "CustomVariable", "custom",
            "DatasourceVariable", "datasource", "IntervalVariable", "interval", "ConstantVariable", "constant",
            "TextVariable", "textbox");

    private static final Set<String> COMMON = Set.of("name", "label", "description", "hide", "skipUrlSync", "current");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "query", Set.of("query", "definition", "allValue", "regexApplyTo", "options", "multi", "includeAll",
                    "allowCustomValue", "refresh", "regex", "sort"),
            "datasource", Set.of("pluginId", "allValue", "options", "multi", "includeAll", "allowCustomValue",
                    "refresh", "regex"),
            "custom", Set.of("query", "allValue", "options", "multi", "includeAll", "allowCustomValue"),
            "interval", Set.of("query", "options", "auto", "auto_min", "auto_count", "refresh"),
            "constant", Set.of("query"),
            "textbox", Set.of("query"));

    private ClassicVariables() {
    }

    static List<Object> variables(String uid, Object variables) {
        List<Object> out = new ArrayList<>();
        for (Object variable : variables instanceof List<?> list ? list : List.of()) {
            Map<String, Object> kind = ClassicObject.map(variable);
            String type = TYPES.get(String.valueOf(kind.get("kind")));
            Map<String, Object> spec = ClassicObject.map(kind.get("spec"));
            if (type == null) {
                throw new IllegalArgumentException("dashboard '" + uid + "': variable '" + spec.get("name") + "' is of kind "
                        + kind.get("kind") + ", which obsgen does not read into classic JSON");
            }
            Set<String> known = new HashSet<>(COMMON);
            known.addAll(FIELDS.get(type));
            String what = "variable '" + spec.get("name") + "'";
            V2Fields.only(uid, spec, known, what);
            if (type.equals("query")) {
                V2Fields.only(uid, ClassicObject.map(spec.get("query")), V2Kinds.DATA_QUERY, what + " query");
            }
            out.add(variable(uid, what, type, spec));
        }
        return out;
    }

    private static Map<String, Object> variable(String uid, String what, String type, Map<String, Object> spec) {
        Map<String, Object> json = new TreeMap<>();
        json.put("type", type);
        json.put("name", spec.get("name"));
        json.put("hide", V2Kinds.code(uid, what + " hide", spec.get("hide"), V2Kinds.HIDE));
        copy(spec, json, "label", "description", "allValue");
        if (Boolean.TRUE.equals(spec.get("skipUrlSync"))) {
            json.put("skipUrlSync", true);
        }
        if (!V2Variables.emptyOption().equals(spec.get("current")) && spec.get("current") != null) {
            json.put("current", spec.get("current"));
        }
        switch (type) {
            case "query" -> {
                Map<String, Object> query = ClassicObject.map(spec.get("query"));
                Map<String, Object> querySpec = ClassicObject.map(query.get("spec"));
                json.put("datasource", V2Kinds.datasource(query));
                json.put("query", querySpec.size() == 1 && querySpec.containsKey(V2Kinds.LEGACY_STRING_VALUE)
                        ? querySpec.get(V2Kinds.LEGACY_STRING_VALUE) : querySpec);
                copy(spec, json, "definition", "regexApplyTo");
                selection(spec, json);
                json.put("refresh", V2Kinds.code(uid, what + " refresh", spec.get("refresh"), V2Kinds.REFRESH));
                json.put("regex", spec.get("regex"));
                json.put("sort", V2Kinds.code(uid, what + " sort", spec.get("sort"), V2Kinds.SORT));
            }
            case "datasource" -> {
                json.put("query", spec.get("pluginId"));
                selection(spec, json);
                json.put("refresh", V2Kinds.code(uid, what + " refresh", spec.get("refresh"), V2Kinds.REFRESH));
                json.put("regex", spec.get("regex"));
            }
            case "custom" -> {
                json.put("query", spec.get("query"));
                selection(spec, json);
            }
            case "interval" -> {
                json.put("query", spec.get("query"));
                json.put("options", spec.get("options"));
                json.put("auto", spec.get("auto"));
                if (!V2Variables.AUTO_MIN.equals(spec.get("auto_min"))) {
                    json.put("auto_min", spec.get("auto_min"));
                }
                if (!(spec.get("auto_count") instanceof Number n && n.intValue() == V2Variables.AUTO_COUNT)) {
                    json.put("auto_count", spec.get("auto_count"));
                }
                if (spec.containsKey("refresh")
                        && V2Kinds.code(uid, what + " refresh", spec.get("refresh"), V2Kinds.REFRESH) != 2) {
                    throw new IllegalArgumentException("dashboard '" + uid + "': " + what + " refresh is '"
                            + spec.get("refresh") + "'; a classic interval variable refreshes onTimeRangeChanged only");
                }
                json.put("refresh", 2);
            }
            default -> json.put("query", spec.get("query"));
        }
        return json;
    }

    private static void selection(Map<String, Object> spec, Map<String, Object> json) {
        json.put("options", spec.get("options"));
        json.put("multi", spec.get("multi"));
        json.put("includeAll", spec.get("includeAll"));
        if (Boolean.FALSE.equals(spec.get("allowCustomValue"))) {
            json.put("allowCustomValue", false);
        }
    }

    private static void copy(Map<String, Object> from, Map<String, Object> to, String... keys) {
        for (String key : keys) {
            if (from.containsKey(key)) {
                to.put(key, from.get(key));
            }
        }
    }
}
