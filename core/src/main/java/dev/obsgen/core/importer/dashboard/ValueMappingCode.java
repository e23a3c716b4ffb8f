package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Grafana's value mappings (value, range, special) as model code; null for one the model cannot express. */
final class ValueMappingCode {
    private ValueMappingCode() {
    }

    static String mapping(ImportContext context, JsonNode m) {
        String type = m.path("type").asText("");
        JsonNode options = m.path("options");
        String model = context.model("ValueMapping");
        switch (type) {
            case "value" -> {
                if (options.size() != 1) {
                    return null;
                }
                Iterator<Map.Entry<String, JsonNode>> entries = options.fields();
                Map.Entry<String, JsonNode> entry = entries.next();
                String result = result(context, entry.getValue());
                return result == null ? null : model + ".value(" + JavaText.string(entry.getKey()) + ", " + result + ")";
            }
            case "range" -> {
                String result = result(context, options.path("result"));
                return result == null ? null : model + ".range(" + bound(options.path("from")) + ", "
                        + bound(options.path("to")) + ", " + result + ")";
            }
            case "special" -> {
                String match = options.path("match").asText("");
                for (var special : dev.obsgen.model.dashboard.ValueMapping.Special.values()) {
                    if (special.id().equals(match)) {
                        String result = result(context, options.path("result"));
                        return result == null ? null : model + ".special(" + model + ".Special." + special.name()
                                + ", " + result + ")";
                    }
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static String bound(JsonNode value) {
        return value.isNumber() ? JavaText.decimal(value.doubleValue()) + "d" : "null";
    }

    private static String result(ImportContext context, JsonNode result) {
        Iterator<String> names = result.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("text") && !name.equals("color") && !name.equals("index")) {
                return null;
            }
        }
        return "new " + context.model("MappingResult") + "(" + JavaText.string(JsonValues.text(result, "text"))
                + ", " + JavaText.string(JsonValues.text(result, "color")) + ")";
    }
}
