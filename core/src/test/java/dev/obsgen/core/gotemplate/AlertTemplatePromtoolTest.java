package dev.obsgen.core.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Promtool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every row of {@link TemplateRows} that Prometheus 2.42 knows, as the annotation of one alert in one rule file,
 * through {@code promtool check rules}: promtool refuses exactly the rows the parser refuses, with the same reason
 * (or, for the rows that note one, the reason Go 1.19 gave).
 */
class AlertTemplatePromtoolTest {
    private static final Pattern REFUSAL = Pattern.compile(
            "^rules\\.yml: group \"templates\", rule \\d+, \"Row(\\d+)\": annotation \"template\": "
                    + "template: __alert_Row\\d+:\\d+: (.*)$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void promtoolRefusesExactlyTheRowsTheParserRefuses() throws Exception {
        Promtool promtool = Promtool.require();
        List<TemplateRows.Row> rows = TemplateRows.ROWS.stream().filter(row -> !row.newer()).toList();
        StringBuilder yaml = new StringBuilder("groups:\n  - name: templates\n    rules:\n");
        for (int i = 0; i < rows.size(); i++) {
            yaml.append("      - alert: Row").append(i).append("\n        expr: up == 0\n")
                    .append("        annotations:\n          template: ").append(yamlQuoted(rows.get(i).template()))
                    .append('\n');
        }
        Files.writeString(dir.resolve("rules.yml"), yaml);
        Promtool.Result result = promtool.run(dir, "check", "rules", "rules.yml");

        Map<Integer, String> refusedByPromtool = new TreeMap<>();
        Matcher refusal = REFUSAL.matcher(result.output());
        while (refusal.find()) {
            refusedByPromtool.put(Integer.parseInt(refusal.group(1)),
                    refusal.group(2).replaceAll("__alert_Row\\d+", "__alert"));
        }
        assertEquals(refusedByPromtool.isEmpty() ? 0 : 1, result.status(), result.output());

        List<String> disagreements = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < rows.size(); i++) {
            TemplateRows.Row row = rows.get(i);
            String ours = AlertTemplate.parse(row.template()).error().map(TemplateParseException::reason)
                    .orElse(null);
            String expected = ours == null || row.promtoolError() == null ? ours : row.promtoolError();
            String theirs = refusedByPromtool.get(i);
            refused += theirs == null ? 0 : 1;
            if (expected == null ? theirs != null : !expected.equals(theirs)) {
                disagreements.add(row + "\n    obsgen:   " + ours + "\n    promtool: " + theirs);
            }
        }
        assertEquals(List.of(), disagreements, () -> String.join("\n", disagreements));
        int refusedRows = refused;
        assertTrue(refusedRows > 50 && rows.size() - refusedRows > 50, refusedRows + " of " + rows.size() + " refused");
    }

    /** A YAML double-quoted scalar, so every template reaches promtool exactly as written. */
    private static String yamlQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
