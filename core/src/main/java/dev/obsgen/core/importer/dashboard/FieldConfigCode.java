package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A panel's {@code fieldConfig}: the standard options, overrides, and its transformations. */
final class FieldConfigCode extends PanelPartCode {

    FieldConfigCode(ImportContext context, CodeChain chain, String element, Set<String> taken) {
        super(context, chain, element, taken);
    }

    void defaults(JsonNode p, PanelKind kind) {
        JsonNode d = p.path("fieldConfig").path("defaults");
        String prefix = "fieldConfig.defaults.";
        if (d.has("unit")) {
            if (unit(d.get("unit").asText())) {
                taken.add(prefix + "unit");
            } else {
                note("unit '" + d.get("unit").asText() + "' is not in GrafanaUnit");
            }
        }
        if (d.path("decimals").isNumber()) {
            chain.call("decimals", d.get("decimals").intValue());
            taken.add(prefix + "decimals");
        }
        if (d.path("min").isNumber()) {
            chain.call("min", JavaText.decimal(d.get("min").doubleValue()));
            taken.add(prefix + "min");
        }
        if (d.path("max").isNumber()) {
            chain.call("max", JavaText.decimal(d.get("max").doubleValue()));
            taken.add(prefix + "max");
        }
        if (d.path("noValue").isTextual()) {
            chain.call("noValue", JavaText.string(d.get("noValue").asText()));
            taken.add(prefix + "noValue");
        }
        if (d.has("thresholds")) {
            String thresholds = thresholds(d.get("thresholds"));
            if (thresholds != null) {
                chain.call("thresholds", thresholds);
                taken.add(prefix + "thresholds");
            }
        }
        String color = d.path("color").path("mode").asText("");
        String colorMode = colorMode(color);
        if (colorMode != null) {
            chain.call("colorScheme", colorMode);
            taken.add(prefix + "color.mode");
        }
        if (d.path("mappings").isArray()) {
            List<String> mappings = new ArrayList<>();
            for (JsonNode m : d.get("mappings")) {
                String mapping = ValueMappingCode.mapping(context, m);
                if (mapping == null) {
                    mappings = null;
                    break;
                }
                mappings.add(mapping);
            }
            if (mappings != null) {
                mappings.forEach(m -> chain.call("withMapping", m));
                taken.add(prefix + "mappings");
            }
        }
        if (d.path("links").isArray() && links(d.get("links"))) {
            taken.add(prefix + "links");
        }
        if (kind == PanelKind.TIMESERIES && d.has("custom")) {
            GraphStyleCode.style(context, chain, d.get("custom"), taken, prefix + "custom.");
        }
        overrides(p.path("fieldConfig").path("overrides"));
        transformations(p.path("transformations"));
    }

    private String thresholds(JsonNode t) {
        String mode = t.path("mode").asText("absolute");
        JsonNode steps = t.path("steps");
        if (!steps.isArray() || steps.isEmpty() || t.size() > 2 || !(mode.equals("absolute")
                || mode.equals("percentage"))) {
            return null;
        }
        JsonNode base = steps.get(0);
        if (!base.path("value").isNull() && base.has("value")) {
            return null;
        }
        StringBuilder code = new StringBuilder();
        String model = context.model("Thresholds");
        if (mode.equals("absolute")) {
            code.append(model).append(".absolute(").append(JavaText.string(base.path("color").asText())).append(")");
        } else {
            code.append("new ").append(model).append("(").append(model).append(".Mode.PERCENTAGE, ")
                    .append(context.use("java.util.List")).append(".of(").append(context.model("ThresholdStep"))
                    .append(".base(").append(JavaText.string(base.path("color").asText())).append(")))");
        }
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            if (!step.path("value").isNumber() || step.size() != 2 || step.get("value").doubleValue() < previous) {
                return null;
            }
            previous = step.get("value").doubleValue();
            code.append(".step(").append(JavaText.decimal(previous)).append(", ")
                    .append(JavaText.string(step.path("color").asText())).append(")");
        }
        return base.size() <= 2 ? code.toString() : null;
    }

    private String colorMode(String id) {
        return switch (id) {
            case "thresholds" -> context.model("FieldConfig") + ".ColorMode.THRESHOLDS";
            case "palette-classic" -> context.model("FieldConfig") + ".ColorMode.PALETTE_CLASSIC";
            case "continuous-GrYlRd" -> context.model("FieldConfig") + ".ColorMode.CONTINUOUS_GREEN_YELLOW_RED";
            case "continuous-blues" -> context.model("FieldConfig") + ".ColorMode.CONTINUOUS_BLUES";
            case "fixed" -> context.model("FieldConfig") + ".ColorMode.FIXED";
            default -> null;
        };
    }

    private boolean links(JsonNode links) {
        List<String> calls = new ArrayList<>();
        for (JsonNode link : links) {
            if (!link.path("url").isTextual()) {
                return false;
            }
            calls.add("new " + context.model("DataLink") + "(" + JavaText.string(link.path("title").asText(""))
                    + ", " + JavaText.string(link.get("url").asText()) + ", "
                    + link.path("targetBlank").asBoolean(false) + ")");
            Iterator<String> names = link.fieldNames();
            List<String> other = new ArrayList<>();
            names.forEachRemaining(n -> {
                if (!Set.of("title", "url", "targetBlank").contains(n)) {
                    other.add(n);
                }
            });
            if (!other.isEmpty()) {
                note("data link '" + link.path("title").asText() + "' fields " + other
                        + " are written with Grafana's neutral values");
            }
        }
        calls.forEach(c -> chain.call("withLink", c));
        return true;
    }

    private void overrides(JsonNode overrides) {
        taken.add("fieldConfig.overrides");
        for (JsonNode o : overrides) {
            JsonNode matcher = o.path("matcher");
            if (!matcher.path("options").isTextual() || o.size() != 2 || matcher.size() != 2) {
                note("override " + JsonValues.shortText(o) + " dropped: the model's overrides"
                        + " match by an id and a text option and hold properties only");
                continue;
            }
            StringBuilder code = new StringBuilder("new ").append(context.model("FieldOverride")).append("(")
                    .append(JavaText.string(matcher.path("id").asText())).append(", ")
                    .append(JavaText.string(matcher.get("options").asText())).append(", ")
                    .append(context.use("java.util.List")).append(".of(");
            List<Object> parts = new ArrayList<>(List.of(code.toString()));
            boolean first = true;
            for (JsonNode property : o.path("properties")) {
                Object value = JsonValues.plain(property.get("value"));
                JavaText.collectImports(value, context.imports());
                parts.add((first ? "" : ", ") + "new FieldOverride.Property(" + JavaText.string(property.path("id")
                        .asText()) + ", ");
                parts.add(new CodeChain.Value(value));
                parts.add(")");
                first = false;
            }
            parts.add("))");
            chain.call("withOverride", new CodeChain.Concat(parts.toArray()));
        }
    }

    private void transformations(JsonNode transformations) {
        taken.add("transformations");
        for (JsonNode t : transformations) {
            Object options = JsonValues.plain(t.path("options"));
            if (!(options instanceof Map<?, ?>) || t.size() > 2 && !onlyEnabled(t)) {
                note("transformation " + JsonValues.shortText(t) + " dropped: the model's"
                        + " transformations have an id and options only");
                continue;
            }
            JavaText.collectImports(options, context.imports());
            chain.call("withTransformation", new CodeChain.Concat("new " + context.model("Transformation") + "("
                    + JavaText.string(t.path("id").asText()) + ", ", new CodeChain.Value(options), ")"));
        }
    }

    /** A transformation whose only extra field says it is enabled, which is what it is without one. */
    private static boolean onlyEnabled(JsonNode t) {
        return t.size() == 3 && t.path("disabled").isBoolean() && !t.get("disabled").asBoolean();
    }
}
