package dev.obsgen.core.importer;

import dev.obsgen.core.Generation;
import dev.obsgen.model.Observability;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the source an import wrote, in memory, against the model's classes, and defines its model, so the checks
 * run on exactly the class that will be written. Nothing touches the disk; without a Java compiler (a JRE) the
 * result says why.
 */
final class SourceCompiler {
    /** The model, or why it could not be had. */
    record Compiled(Optional<Observability> model, String problem) {
    }

    private SourceCompiler() {
    }

    static Compiled define(String className, String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            return new Compiled(Optional.empty(), "this Java runtime has no compiler (run the import on a JDK)");
        }
        Optional<String> classPath = modelClassPath();
        if (classPath.isEmpty()) {
            return new Compiled(Optional.empty(), "the model's classes are not in a jar or folder to compile against");
        }
        StandardJavaFileManager standard = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        JavaFileManager inMemory = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classes.computeIfAbsent(name, n -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/')
                + JavaFileObject.Kind.SOURCE.extension), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, inMemory, null,
                List.of("-classpath", classPath.get(), "-proc:none", "-encoding", "UTF-8"), null, List.of(unit)).call();
        if (!compiled) {
            String first = diagnostics.toString().lines().findFirst().orElse("");
            return new Compiled(Optional.empty(), "the written class does not compile: " + first);
        }
        ClassLoader loader = new ClassLoader(Observability.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] code = bytes.toByteArray();
                return defineClass(name, code, 0, code.length);
            }
        };
        try {
            return new Compiled(Optional.of(Generation.load(className, loader)), "");
        } catch (RuntimeException e) {
            return new Compiled(Optional.empty(), "the written class does not define a model: " + e.getMessage());
        }
    }

    /** Where the model's classes come from: the model jar, the command line's single jar, or a build folder. */
    private static Optional<String> modelClassPath() {
        CodeSource code = Observability.class.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(code.getLocation().toURI()).toString() + File.pathSeparator);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
