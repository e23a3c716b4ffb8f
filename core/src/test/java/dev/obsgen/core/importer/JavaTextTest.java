package dev.obsgen.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The code writer's text: every value written as a literal, a text block or an expression with constants compiles
 * back to exactly itself (compiled here with javac), identifiers and constant names are made from names, and a
 * selector becomes a constant when enough rules repeat it.
 */
class JavaTextTest {
    /** Values that are hard to write as Java text, each a row. */
    static final List<String> VALUES = List.of(
            "plain",
            "",
            "quote \" inside",
            "back\\slash and \\n as text",
            "regex \"\\\\d+\\\\.\\\\d+\"",
            "three quotes \"\"\" in a row",
            "four quotes \"\"\"\" and five \"\"\"\"\"",
            "ends with a quote \"",
            "ends with two quotes \"\"",
            "trailing spaces   ",
            "line one\nline two",
            "line one\nline two\n",
            "trailing spaces  \non a line\n",
            "  indented first line\n  and second",
            "\n\nstarts with empty lines",
            "   \nwhitespace-only line above",
            "tab\there\n\ttab at the start",
            "carriage\r\nreturn",
            "control \u0001 char then 7: \u00017",
            "unicode escape as text \\u0041 stays six characters",
            "non-ASCII: größer als ≥ 5",
            "ends with a backslash \\",
            "multi\nline ends with a backslash \\",
            "multi\nline ends with a quote \"",
            "# comment\nsum(rate(x[5m])) > 0.5 # 50%");

    @TempDir
    Path work;

    @Test
    void everyValueCompilesBackToItself() throws Exception {
        Map<String, String> fields = new TreeMap<>();
        List<String> expected = new ArrayList<>();
        for (String value : VALUES) {
            expected.add(value);
            fields.put("V" + fields.size(), JavaText.literal(value));
            expected.add(value);
            fields.put("V" + fields.size(), JavaText.string(value, 8));
            expected.add(value);
            fields.put("V" + fields.size(), JavaText.textBlock(value, 8));
        }
        Map<String, String> constants = Map.of("UP", "up{job=\"api\"}");
        List<String> expressions = List.of(
                "sum(up{job=\"api\"}) > 0",
                "up{job=\"api\"} % 2 == 0\nand\nup{job=\"api\"}",
                "(\n  up{job=\"api\"}\n)\n",
                "100 * up{job=\"other\"} > 50 # 50%\nor up{job=\"api\"}");
        for (String expr : expressions) {
            expected.add(expr);
            fields.put("V" + fields.size(), ModelSourceWriter.expression(expr, constants));
        }
        List<String> values = compiled(fields, constants);
        for (int i = 0; i < expected.size(); i++) {
            int row = i;
            assertEquals(expected.get(i), values.get(i), () -> "row " + row + " written as " + fields.get("V" + row));
        }
    }

    private List<String> compiled(Map<String, String> fields, Map<String, String> constants) throws Exception {
        StringBuilder source = new StringBuilder("package t;\n\npublic final class Values {\n");
        constants.forEach((name, value) -> source.append("    static final String ").append(name).append(" = ")
                .append(JavaText.literal(value)).append(";\n"));
        source.append("    public static final String[] ALL = {\n");
        for (int i = 0; i < fields.size(); i++) {
            source.append("        ").append(fields.get("V" + i)).append(",\n");
        }
        source.append("    };\n}\n");
        Path file = work.resolve("t/Values.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.toString(), StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean ok = compiler.getTask(diagnostics, null, null, List.of("-encoding", "UTF-8", "-d", work.toString()),
                null, compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                        .getJavaFileObjects(file.toFile())).call();
        assertTrue(ok, () -> diagnostics + "\n" + source);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()})) {
            return List.of((String[]) loader.loadClass("t.Values").getField("ALL").get(null));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "kubernetes-apps, kubernetesApps",
            "general.rules, generalRules",
            "kube-apiserver-burnrate.rules, kubeApiserverBurnrateRules",
            "GrafanaAlerts, grafanaAlerts",
            "grafana_rules, grafanaRules",
            "1st group, group1stGroup",
            "class, classGroup",
            "'--', unnamed",
            "ünïcode-name, nCodeName"})
    void methodNames(String name, String identifier) {
        assertEquals(identifier, JavaText.methodName(name));
    }

    @ParameterizedTest
    @CsvSource({
            "kube_pod_info, KUBE_POD_INFO",
            "apiserver_request_total_LIST_GET_5, APISERVER_REQUEST_TOTAL_LIST_GET_5",
            "node:cpu:rate5m, NODE_CPU_RATE5M",
            "5xx_errors, S_5XX_ERRORS",
            "'__', S_"})
    void constantNames(String name, String identifier) {
        assertEquals(identifier, JavaText.constantName(name));
    }

    @ParameterizedTest
    @CsvSource({
            "com.example.ImportedObservability, true",
            "ImportedObservability, true",
            "com.example.class.Imported, false",
            "com.example., false",
            "com/example/Imported, false",
            "../Imported, false",
            "com.example.Imported-Rules, false",
            "'', false"})
    void classNames(String name, boolean valid) {
        assertEquals(valid, Importer.validClassName(name));
    }

    @Test
    void aSelectorBecomesAConstantWhenThreeRulesRepeatIt() {
        String selector = "kube_pod_info{job=\"kube-state-metrics\",node!=\"\"}";
        ImportedGroup three = group(List.of("count(" + selector + ")", "max(" + selector + ") > 1",
                selector + " == 0", "sum(other{job=\"x\"})", "min(other{job=\"x\"})"));
        assertEquals(Map.of("KUBE_POD_INFO", selector), SelectorConstants.find(List.of(three)));

        ImportedGroup two = group(List.of("count(" + selector + ")", "max(" + selector + ") > 1"));
        assertTrue(SelectorConstants.find(List.of(two)).isEmpty(), "two rules are not enough");

        // The same selector twice in one rule counts once; a bare name is never a constant.
        ImportedGroup oneRule = group(List.of(selector + " / " + selector + " > " + selector, "up", "up", "up"));
        assertTrue(SelectorConstants.find(List.of(oneRule)).isEmpty());
    }

    @Test
    void splittingAtConstantsGivesTheExpressionBack() {
        Map<String, String> constants = Map.of("A", "a{x=\"1\"}", "B", "b{y=~\"2|3\"}");
        for (String expr : List.of("a{x=\"1\"} / b{y=~\"2|3\"}", "rate(a{x=\"1\"}[5m]) > a{x=\"2\"}",
                "sum by (x) (b{y=~\"2|3\"} offset 5m) + b{y=~\"2|3\"}", "no constants here")) {
            String joined = SelectorConstants.split(expr, constants).stream()
                    .map(p -> p.constant() ? constants.get(p.text()) : p.text())
                    .reduce("", String::concat);
            assertEquals(expr, joined);
        }
        assertFalse(SelectorConstants.split("a{x=\"1\"} offset 1m", constants).stream()
                .anyMatch(SelectorConstants.Part::constant), "a selector with an offset stays text");
    }

    private static ImportedGroup group(List<String> expressions) {
        List<ImportedRule> rules = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            rules.add(new ImportedRule("f.yml", "g", false, "r" + i, expressions.get(i), null, null, null, null,
                    null, null, null, null, null, null, null));
        }
        return new ImportedGroup("f.yml", "g", null, null, rules, "g");
    }
}
