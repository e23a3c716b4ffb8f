package dev.obsgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What Maven users get from {@code obsgen:verify}, read from the plugin descriptor written before the tests run: the
 * model and the server by property, and secrets only by file or environment variable.
 */
class VerifyGoalDescriptorTest {
    @Test
    void theGoalTakesTheServerByPropertyAndSecretsOnlyByFileOrVariable() throws Exception {
        String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        int start = descriptor.indexOf("<goal>verify</goal>");
        assertTrue(start > 0, "no verify goal in the plugin descriptor");
        String mojo = descriptor.substring(start, descriptor.indexOf("</mojo>", start));
        assertTrue(mojo.contains("<prometheus implementation=\"java.lang.String\">${obsgen.prometheus}</prometheus>"),
                mojo);
        assertTrue(mojo.contains("<modelClass implementation=\"java.lang.String\">${obsgen.model}</modelClass>"), mojo);
        Matcher secrets = Pattern.compile("<(bearerToken\\w*|basicAuthPassword\\w*) implementation").matcher(mojo);
        List<String> names = secrets.results().map(r -> r.group(1)).sorted().toList();
        assertEquals(List.of("basicAuthPasswordEnv", "basicAuthPasswordFile", "bearerTokenEnv", "bearerTokenFile"),
                names);
    }
}
