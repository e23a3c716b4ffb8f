package dev.obsgen.core.render.grafana;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A dashboard folder as a {@code folder.grafana.app} {@code Folder} resource: {@code metadata.name} its uid,
 * {@code spec.title} the folder's name. Git Sync takes a folder from a directory and its identity from the
 * directory's {@code _folder.json}, a Folder resource, when its {@code provisioningFolderMetadata} flag is on
 * (without the file, the folder's uid is a hash of its path and may change on the next sync); grafanactl pushes the
 * same resource, so one file serves both.
 *
 * <p>{@code v1beta1} is the version Grafana 12 and 13 both serve and the one Grafana's Foundation SDK writes; Git
 * Sync reads only the name and title of the file.
 */
public final class FolderResource {
    public static final String API_VERSION = "folder.grafana.app/v1beta1";
    /** The file Git Sync reads a directory's folder from. */
    public static final String METADATA_FILE = "_folder.json";
    // A Grafana uid holds at most 40 characters: a slug of at most 31, a dash and 8 hex digits.
    private static final int SLUG_LENGTH = 31;

    private FolderResource() {
    }

    /**
     * The folder's uid: its name as a lower-case slug (a Kubernetes name must be lower case), then eight hex digits
     * of the name's SHA-256, so that names with one slug ({@code SLOs}, {@code slos}) keep apart and a name always
     * gives the same uid.
     */
    public static String uid(String folderName) {
        String slug = folderName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "folder" : slug) + "-" + hash(folderName);
    }

    public static Map<String, Object> of(String folderName) {
        return JsonObject.of()
                .put("apiVersion", API_VERSION)
                .put("kind", "Folder")
                .put("metadata", JsonObject.of().put("name", uid(folderName)))
                .put("spec", JsonObject.of().put("title", folderName))
                .map();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
