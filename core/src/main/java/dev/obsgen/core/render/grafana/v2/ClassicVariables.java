package dev.obsgen.core.render.grafana.v2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** v2 variable kinds back as classic {@code templating.list} entries, with the fields classic JSON leaves out when unset left out. */
final class ClassicVariables {
    private static final Map<String, String> TYPES = Map.of("QueryVariable", "query", "CustomVariable", "custom",
            "DatasourceVariable", "datasource", "IntervalVariable", "interval", "ConstantVariable", "constant",
            "TextVariable", "textbox");

    private ClassicVariables() {
    }

    static List<Object> variables(String uid, Object variables) {
        List<Object> out = new ArrayList<>();
        for (Object variable : variables instanceof List<?> list ? list : List.of()) {
            Map<String, Object> kind = ClassicObject.map(variable);
            String type = TYPES.get(String.valueOf(kind.get("kind")));
            Map<String, Object> spec = ClassicObject.map(kind.get("spec"));
            if (type == null) {
                throw new IllegalArgumentException("dashboard '" + uid + "': variable '" + spec.get("name") + "' is a "
                        + kind.get("kind") + ", which obsgen does not read into classic JSON");
            }
            out.add(variable(type, spec));
        }
        return out;
    }

    private static Map<String, Object> variable(String type, Map<String, Object> spec) {
        Map<String, Object> json = new TreeMap<>();
        json.put("type", type);
        json.put("name", spec.get("name"));
        json.put("hide", Math.max(V2Kinds.HIDE.indexOf(String.valueOf(spec.get("hide"))), 0));
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
                json.put("refresh", Math.max(V2Kinds.REFRESH.indexOf(String.valueOf(spec.get("refresh"))), 0));
                json.put("regex", spec.get("regex"));
                json.put("sort", Math.max(V2Kinds.SORT.indexOf(String.valueOf(spec.get("sort"))), 0));
            }
            case "datasource" -> {
                json.put("query", spec.get("pluginId"));
                selection(spec, json);
                json.put("refresh", Math.max(V2Kinds.REFRESH.indexOf(String.valueOf(spec.get("refresh"))), 0));
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
