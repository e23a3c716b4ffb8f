package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The leaf paths of an input panel whose value the rendered panel lacks or has otherwise. Grafana's own
 * equivalences are not differences: an absent field and one that is null, an empty list or an empty text, and the
 * fields the renderer writes for the target release ({@code pluginVersion}).
 */
final class FieldDifferences {
    private static final Set<String> RELEASE = Set.of("pluginVersion");

    private FieldDifferences() {
    }

    static List<String> of(JsonNode input, JsonNode output) {
        List<String> out = new ArrayList<>();
        walk(input, output, "", out);
        return out;
    }

    private static void walk(JsonNode in, JsonNode rendered, String path, List<String> out) {
        if (in.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = in.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (path.isEmpty() && RELEASE.contains(field.getKey())) {
                    continue;
                }
                walk(field.getValue(), rendered == null ? null : rendered.get(field.getKey()), child, out);
            }
            return;
        }
        if (in.isArray() && rendered != null && rendered.isArray() && in.size() == rendered.size()
                && in.size() > 0 && in.get(0).isObject()) {
            for (int i = 0; i < in.size(); i++) {
                walk(in.get(i), rendered.get(i), path + "[" + i + "]", out);
            }
            return;
        }
        boolean unset = in.isNull() || in.isArray() && in.isEmpty() || in.isTextual() && in.asText().isEmpty();
        if (rendered == null || rendered.isMissingNode()) {
            if (!unset) {
                out.add(path);
            }
        } else if (!JsonValues.same(in, rendered) && !(unset && rendered.isNull())) {
            out.add(path);
        }
    }
}
