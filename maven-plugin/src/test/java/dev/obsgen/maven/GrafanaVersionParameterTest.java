package dev.obsgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.render.grafana.GrafanaVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The goals' {@code grafanaVersion} default is a literal in an annotation, so it can drift from the core's default;
 * the plugin descriptor, written before the tests run, shows what Maven users actually get.
 */
class GrafanaVersionParameterTest {
    private static final Pattern PARAMETER = Pattern.compile(
            "<grafanaVersion implementation=\"java.lang.String\" default-value=\"([^\"]+)\">"
                    + "\\$\\{obsgen.grafana.version}</grafanaVersion>");

    @Test
    void generateAndCheckDefaultToTheCoresGrafanaVersion() throws Exception {
        String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        Matcher m = PARAMETER.matcher(descriptor);
        List<String> defaults = m.results().map(r -> r.group(1)).toList();
        String version = GrafanaVersion.DEFAULT.pluginVersion();
        assertEquals(List.of(version, version, version, version), defaults,
                "one default per model goal (check, compose, compose-check, generate)");
    }
}
