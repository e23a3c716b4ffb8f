package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;

/** A time series panel's {@code fieldConfig.defaults.custom}: what the model's {@code GraphStyle} holds. */
final class GraphStyleCode {
    private GraphStyleCode() {
    }

    static void style(ImportContext context, CodeChain chain, JsonNode custom, Set<String> taken, String prefix) {
        String model = context.model("GraphStyle");
        StringBuilder code = new StringBuilder(model).append(".lines()");
        boolean changed = false;
        String draw = custom.path("drawStyle").asText("line");
        if (Set.of("line", "bars", "points").contains(draw)) {
            taken.add(prefix + "drawStyle");
            if (!draw.equals("line")) {
                code.append(".drawStyle(").append(model).append(".DrawStyle.").append(draw.equals("bars") ? "BARS"
                        : "POINTS").append(")");
                changed = true;
            }
        }
        if (custom.path("fillOpacity").isInt() && custom.get("fillOpacity").intValue() >= 0
                && custom.get("fillOpacity").intValue() <= 100) {
            taken.add(prefix + "fillOpacity");
            if (custom.get("fillOpacity").intValue() != 10) {
                code.append(".fillOpacity(").append(custom.get("fillOpacity").intValue()).append(")");
                changed = true;
            }
        }
        String stacking = custom.path("stacking").path("mode").asText("none");
        if (Set.of("none", "normal", "percent").contains(stacking) && custom.path("stacking").path("group")
                .asText("A").equals("A")) {
            taken.add(prefix + "stacking");
            if (!stacking.equals("none")) {
                code.append(".stacking(").append(model).append(".Stacking.")
                        .append(stacking.toUpperCase(Locale.ROOT)).append(")");
                changed = true;
            }
        }
        String thresholds = custom.path("thresholdsStyle").path("mode").asText("off");
        String constant = switch (thresholds) {
            case "off" -> "OFF";
            case "line" -> "LINE";
            case "dashed" -> "DASHED";
            case "area" -> "AREA";
            case "line+area" -> "LINE_AND_AREA";
            case "dashed+area" -> "DASHED_AND_AREA";
            default -> null;
        };
        if (constant != null) {
            taken.add(prefix + "thresholdsStyle");
            if (!constant.equals("OFF")) {
                code.append(".thresholdsStyle(").append(model).append(".ThresholdsStyle.").append(constant).append(")");
                changed = true;
            }
        }
        int lineWidth = custom.path("lineWidth").asInt(1);
        String points = custom.path("showPoints").asText("never");
        boolean knownPoints = Set.of("auto", "never", "always").contains(points);
        if (knownPoints) {
            taken.add(prefix + "showPoints");
        }
        taken.add(prefix + "lineWidth");
        if (lineWidth != 1) {
            code.append(".lineWidth(").append(lineWidth).append(")");
            changed = true;
        }
        if (knownPoints && !points.equals("never")) {
            code.append(".showPoints(").append(model).append(".Visibility.").append(points.toUpperCase(Locale.ROOT))
                    .append(")");
            changed = true;
        }
        if (changed) {
            chain.call("style", code.toString());
        }
    }
}
