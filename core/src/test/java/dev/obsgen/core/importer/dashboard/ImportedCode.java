package dev.obsgen.core.importer.dashboard;

import dev.obsgen.core.importer.ImportedDashboard;
import dev.obsgen.model.dashboard.Dashboard;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles an imported dashboard's method in a class of its own, against the test class path, and calls it. */
final class ImportedCode {
    private ImportedCode() {
    }

    static String source(String className, ImportedDashboard imported) {
        StringBuilder out = new StringBuilder("package imported;\n\n");
        imported.method().imports().forEach(i -> out.append("import ").append(i).append(";\n"));
        out.append("\npublic final class ").append(className).append(" {\n    public static ")
                .append(imported.method().returnType()).append(' ').append(imported.method().name()).append("() {\n");
        for (String line : imported.method().body().split("\n", -1)) {
            out.append(line.isEmpty() ? "" : "        " + line).append('\n');
        }
        return out.append("    }\n}\n").toString();
    }

    static Dashboard build(Path dir, String className, ImportedDashboard imported) throws Exception {
        Path source = dir.resolve("imported").resolve(className + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, source(className, imported), StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean ok = compiler.getTask(errors, null, null, List.of("-classpath", System.getProperty("java.class.path"),
                "-d", dir.toString(), "-encoding", "UTF-8"), null,
                compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile()))
                .call();
        if (!ok) {
            throw new AssertionError("generated code does not compile:\n" + errors + "\n" + Files.readString(source));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ImportedCode.class.getClassLoader())) {
            return (Dashboard) loader.loadClass("imported." + className).getMethod(imported.method().name())
                    .invoke(null);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new AssertionError("generated code fails: " + e.getCause(), e.getCause());
        }
    }
}
