package dev.obsgen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The builder API's shape, read from the compiled model: every {@code withX(T)} (and single-value setter) of a
 * builder also takes a builder of {@code T}, so {@code withPanel(Panel.timeseries(...))} needs no {@code .build()};
 * and no builder has two setters of one name for unrelated things.
 */
class BuilderOverloadsTest {
    @Test
    void theModelHasBuilders() {
        assertTrue(builders().size() > 40, "builders found: " + builders().size());
    }

    @Test
    void everySetterOfAnElementAlsoTakesItsBuilder() {
        List<Class<?>> builders = builders();
        Set<String> missing = new TreeSet<>();
        for (Class<?> builder : builders) {
            for (Method method : builder.getMethods()) {
                if (!isElementSetter(method)) {
                    continue;
                }
                Class<?> element = method.getParameterTypes()[0];
                for (Class<?> elementBuilder : builders) {
                    if (builds(elementBuilder, element) && !takes(builder, method.getName(), elementBuilder)) {
                        missing.add(builder.getName() + "." + method.getName() + "(" + elementBuilder.getName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** Stat's {@code colorMode(StatPanel.ColorMode)} beside every panel's field colour was such a pair. */
    @Test
    void noBuilderHasOneSetterNameForUnrelatedValues() {
        Set<String> clashes = new TreeSet<>();
        for (Class<?> builder : builders()) {
            Method[] methods = builder.getMethods();
            for (Method a : methods) {
                for (Method b : methods) {
                    if (a.getName().equals(b.getName()) && a.getParameterCount() == 1 && b.getParameterCount() == 1
                            && a.getDeclaringClass().getName().startsWith("dev.obsgen.model")
                            && !related(builder, a.getName(), a.getParameterTypes()[0], b.getParameterTypes()[0])) {
                        clashes.add(builder.getName() + "." + a.getName() + "(" + a.getParameterTypes()[0].getName()
                                + " | " + b.getParameterTypes()[0].getName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), clashes);
    }

    /**
     * A setter of one element: {@code withX(T)}, or a single value such as {@code notifications(T)}. A panel's
     * {@code metric(m)} is left out: it refers to a metric the model declares, and a builder there would declare
     * a new one.
     */
    private static boolean isElementSetter(Method method) {
        return method.getParameterCount() == 1 && !method.getName().equals("metric")
                && !Modifier.isStatic(method.getModifiers())
                && method.getDeclaringClass().getName().startsWith("dev.obsgen.model");
    }

    /** Whether {@code builder}'s {@code build()} makes a {@code type} (or a kind of it). */
    private static boolean builds(Class<?> builder, Class<?> type) {
        try {
            return type.isAssignableFrom(builder.getMethod("build").getReturnType()) && !type.equals(Object.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean takes(Class<?> builder, String name, Class<?> argument) {
        for (Method method : builder.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1
                    && method.getParameterTypes()[0].isAssignableFrom(argument)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two parameter types of one setter name are related when their elements (a builder's element is what it builds)
     * are one a kind of the other, or both kinds of what another overload of the name takes.
     */
    private static boolean related(Class<?> builder, String name, Class<?> a, Class<?> b) {
        Class<?> kindA = element(a);
        Class<?> kindB = element(b);
        if (kindA.isAssignableFrom(kindB) || kindB.isAssignableFrom(kindA)) {
            return true;
        }
        for (Method method : builder.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1) {
                Class<?> common = method.getParameterTypes()[0];
                if (common.isAssignableFrom(kindA) && common.isAssignableFrom(kindB)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Class<?> element(Class<?> type) {
        try {
            Method build = type.getMethod("build");
            return Modifier.isStatic(build.getModifiers()) ? type : build.getReturnType();
        } catch (NoSuchMethodException e) {
            return type;
        }
    }

    /** Every public class of the model with a public {@code build()}. */
    static List<Class<?>> builders() {
        List<Class<?>> found = new ArrayList<>();
        for (Class<?> type : modelClasses()) {
            try {
                Method build = type.getMethod("build");
                if (Modifier.isPublic(type.getModifiers()) && !Modifier.isStatic(build.getModifiers())) {
                    found.add(type);
                }
            } catch (NoSuchMethodException e) {
                // not a builder
            }
        }
        return found;
    }

    static List<Class<?>> modelClasses() {
        try {
            Path root = Path.of(Observability.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                List<Class<?>> classes = new ArrayList<>();
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                    classes.add(Class.forName(name.substring(0, name.length() - ".class".length())));
                }
                return classes;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
