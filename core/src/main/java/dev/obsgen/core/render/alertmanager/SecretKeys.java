package dev.obsgen.core.render.alertmanager;

import dev.obsgen.model.alerting.SecretFile;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the model's secret files into keys of one Kubernetes Secret: the key is the file's name, so
 * {@code /run/secrets/slack-url} is key {@code slack-url}. The Secret mounted at {@code /run/secrets} then holds the
 * very files the plain {@code alertmanager.yml} reads, and one set of secrets serves both outputs. Two files with the
 * same name in different directories would share a key, so that is refused rather than one silently winning.
 */
public final class SecretKeys {
    /** What Kubernetes accepts as a key of a Secret's data. */
    private static final Pattern SECRET_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

    private final String secretName;
    private final Map<String, String> pathByKey = new HashMap<>();

    SecretKeys(String secretName) {
        this.secretName = secretName;
    }

    /** The key a secret file becomes: its file name. */
    public static String keyOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Whether Kubernetes takes the text as a key of a Secret's data. */
    public static boolean isKey(String key) {
        return SECRET_KEY.matcher(key).matches() && !key.equals(".") && !key.equals("..");
    }

    // The check team/operator-routing refuses both cases before rendering; these throws only guard the renderer.
    AlertmanagerConfigResource.SecretKeySelector select(SecretFile file) {
        String path = file.path();
        String key = keyOf(path);
        if (!isKey(key)) {
            throw new IllegalArgumentException("secret file '" + path + "' does not end in a name that can be a key of"
                    + " Secret " + secretName + " (letters, digits, '-', '_' and '.')");
        }
        String earlier = pathByKey.putIfAbsent(key, path);
        if (earlier != null && !earlier.equals(path)) {
            throw new IllegalArgumentException("secret files '" + earlier + "' and '" + path + "' would both be key '"
                    + key + "' of Secret " + secretName + "; give them different file names");
        }
        return new AlertmanagerConfigResource.SecretKeySelector(secretName, key);
    }
}
