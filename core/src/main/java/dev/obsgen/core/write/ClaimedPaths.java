package dev.obsgen.core.write;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paths one output has produced so far: a path produced twice is a renderer bug, and obsgen's own files (the
 * manifest, the lock, the staging folder) are no renderer's to produce.
 */
final class ClaimedPaths {
    private final Map<String, String> byPath = new HashMap<>();

    /** @throws IllegalStateException naming both producers, in an order that does not depend on which came first */
    void claim(GeneratedFile file) {
        String path = file.path();
        if (path.equals(OutputSet.MANIFEST) || path.equals(OutputLock.FILE) || path.equals(StagingFolder.NAME)
                || path.startsWith(StagingFolder.NAME + "/")) {
            throw new IllegalStateException(file.describe() + " would overwrite obsgen's own " + path);
        }
        // Only the description is kept, for the message: the content may be large.
        String other = byPath.putIfAbsent(path, file.describe());
        if (other != null) {
            TreeSet<String> both = new TreeSet<>();
            both.add(other);
            both.add(file.describe());
            throw new IllegalStateException("two renderers produced " + path + ": " + String.join(" and ", both));
        }
    }

    /** Whether a file of this path was produced. */
    boolean contains(String path) {
        return byPath.containsKey(path);
    }

    /** Every path produced so far. */
    Set<String> paths() {
        return byPath.keySet();
    }
}
