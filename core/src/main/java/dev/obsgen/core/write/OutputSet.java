package dev.obsgen.core.write;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every file one generation produces, ordered by path. It also renders the manifest that lets the writer remove
 * files a later model no longer produces.
 */
public final class OutputSet {
    public static final String MANIFEST = "obsgen-manifest.txt";

    private final Map<String, GeneratedFile> files;

    private OutputSet(Map<String, GeneratedFile> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /** Builds the set and adds the manifest; two files with one path are a renderer bug. */
    public static OutputSet of(Collection<GeneratedFile> rendered, String header) {
        Map<String, GeneratedFile> byPath = new TreeMap<>();
        for (GeneratedFile file : rendered) {
            if (byPath.put(file.path(), file) != null) {
                throw new IllegalStateException("two renderers produced " + file.path());
            }
        }
        String listing = byPath.values().stream()
                .filter(f -> f.kind() == GeneratedFile.Kind.GENERATED)
                .map(GeneratedFile::path)
                .collect(Collectors.joining("\n", header + "\n", "\n"));
        byPath.put(MANIFEST, GeneratedFile.text(MANIFEST, listing));
        return new OutputSet(byPath);
    }

    public Collection<GeneratedFile> files() {
        return files.values();
    }

    public Optional<GeneratedFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public List<String> paths() {
        return List.copyOf(files.keySet());
    }
}
