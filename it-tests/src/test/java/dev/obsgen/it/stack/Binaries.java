package dev.obsgen.it.stack;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The Debian binaries the live tests run. A missing binary skips the tests on a developer's machine, but fails
 * them on CI ({@code CI=true}), where a skip would hide that the integration suite never ran.
 */
public final class Binaries {
    private Binaries() {
    }

    public static Path prometheus() {
        return require("Prometheus", "prometheus", List.of("prometheus"));
    }

    public static Path alertmanager() {
        return require("Alertmanager", "prometheus-alertmanager", List.of("prometheus-alertmanager", "alertmanager"));
    }

    public static Path promtool() {
        return require("promtool", "prometheus", List.of("promtool"));
    }

    public static Path amtool() {
        return require("amtool", "prometheus-alertmanager", List.of("amtool"));
    }

    /** The headless browser the SVG previews are checked and screenshot in. */
    public static Path chromium() {
        return require("Chromium", "chromium", List.of("chromium", "chromium-browser"));
    }

    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Path require(String what, String debianPackage, List<String> names) {
        for (String name : names) {
            Optional<Path> found = onPath(name);
            if (found.isPresent()) {
                return found.get();
            }
        }
        String message = what + " is not on PATH (looked for " + String.join(", ", names) + "): install the Debian package "
                + debianPackage + " (apt-get install " + debianPackage + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return Assertions.fail(message + ". On CI a missing binary fails the integration tests instead of skipping them.");
        }
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable: the assumption aborted the test");
    }
}
