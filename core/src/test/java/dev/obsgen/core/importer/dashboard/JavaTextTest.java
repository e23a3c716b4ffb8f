package dev.obsgen.core.importer.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text and JSON values written as Java and compiled give back exactly what was written. */
class JavaTextTest {
    private static final List<String> TEXTS = List.of(
            "plain",
            "quote \" and backslash \\\\ and tab\t",
            "rate(x[5m])\n/\nrate(y[5m])",
            "trailing spaces  \nnext line\n",
            "ends in a quote\n\"",
            "three quotes \"\"\" inside\nsecond line",
            "\n  indented after a blank line\n\n    deeper\n",
            "a line of spaces only\n   \nend",
            "tab at the end\t\nend",
            "unicode µs and \u0001 control",
            "backslash at the end\\\nx");

    @TempDir
    Path dir;

    @Test
    void textsRoundTripThroughCompiledSource() throws Exception {
        List<String> literals = new ArrayList<>();
        for (String text : TEXTS) {
            literals.add(JavaText.text(text, "            "));
        }
        Object[] values = (Object[]) compileAndCall("Object[]", "new Object[] {\n" + String.join(",\n", literals) + "}");
        assertEquals(TEXTS, Arrays.asList(values));
        assertTrue(literals.get(2).startsWith("\"\"\"\n"), literals.get(2));
        assertTrue(literals.get(0).equals("\"plain\""), literals.get(0));
    }

    @Test
    void jsonValuesRoundTripThroughCompiledSource() throws Exception {
        Map<String, Object> many = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            many.put("k" + (char) ('a' + i), i);
        }
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("sideWidth", null);
        withNull.put("list", Arrays.asList(1, null, "x"));
        withNull.put("nested", Map.of("d", 0.5, "l", 5_000_000_000L, "b", true));
        List<Object> values = List.of(many, withNull, List.of(), Map.of());
        String code = JavaText.value(values, "        ");
        Object built = compileAndCall("Object", code);
        assertEquals(sorted(values), sorted(built));
    }

    private static String sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            new java.util.TreeMap<>(map).forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(k)
                    .append("=").append(sorted(v)));
            return out.append("}").toString();
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(sorted(item)));
            return items.toString();
        }
        return String.valueOf(value);
    }

    private Object compileAndCall(String type, String expression) throws Exception {
        String name = "Values" + Math.abs(expression.hashCode());
        Path source = dir.resolve(name + ".java");
        Files.writeString(source, "import java.util.List;\nimport java.util.Map;\n"
                + "import dev.obsgen.model.dashboard.RawFields;\n"
                + "public class " + name + " {\n    public static " + type + " value() {\n        return "
                + expression + ";\n    }\n}\n", StandardCharsets.UTF_8);
        var compiler = ToolProvider.getSystemJavaCompiler();
        var errors = new java.io.StringWriter();
        boolean ok = compiler.getTask(errors, null, null, List.of("-classpath", System.getProperty("java.class.path"),
                "-d", dir.toString(), "-encoding", "UTF-8"), null,
                compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile()))
                .call();
        assertTrue(ok, errors + "\n" + Files.readString(source));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            return loader.loadClass(name).getMethod("value").invoke(null);
        }
    }
}
