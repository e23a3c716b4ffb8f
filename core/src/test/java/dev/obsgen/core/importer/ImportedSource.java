package dev.obsgen.core.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.model.Observability;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles the source an import wrote, against the test class path, and defines its model. */
final class ImportedSource {
    private ImportedSource() {
    }

    static Observability define(Importer.Result result, Path workFolder) throws IOException {
        Path sources = workFolder.resolve("src");
        Path classes = workFolder.resolve("classes");
        Path file = sources.resolve(result.relativePath());
        Files.createDirectories(file.getParent());
        Files.createDirectories(classes);
        Files.writeString(file, result.source(), StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, null, null, List.of("-encoding", "UTF-8", "-Xlint:all",
                "-Werror", "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()), null,
                compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file.toFile()))
                .call();
        assertTrue(compiled, () -> "the imported source does not compile:\n" + diagnostics + "\n" + numbered(result.source()));
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ImportedSource.class.getClassLoader());
        return Generation.load(result.className(), loader);
    }

    private static String numbered(String source) {
        StringBuilder text = new StringBuilder();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < Math.min(lines.length, 400); i++) {
            text.append(String.format("%4d  %s%n", i + 1, lines[i]));
        }
        return text.toString();
    }
}
