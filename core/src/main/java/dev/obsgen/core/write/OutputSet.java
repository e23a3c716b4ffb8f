package dev.obsgen.core.write;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every file one generation produces, ordered by path. It also renders the manifest that lets the writer remove
 * files a later model no longer produces.
 */
public final class OutputSet {
    public static final String MANIFEST = Manifest.FILE;

    private final Map<String, GeneratedFile> files;
    private final List<String> listed;
    private final String header;
    private final String owner;

    private OutputSet(Map<String, GeneratedFile> files, List<String> listed, String header, String owner) {
        this.files = Collections.unmodifiableMap(files);
        this.listed = listed;
        this.header = header;
        this.owner = owner;
    }

    /** Builds the set and adds the manifest; two files with one path are a renderer bug. */
    public static OutputSet of(Collection<GeneratedFile> rendered, String header) {
        return of(rendered, header, "");
    }

    /**
     * Builds the set and adds the manifest, which names the owner of the tree ({@code platform 'metaflow'},
     * {@code team 'training'}) so that one owner's run does not take over, and remove the files of, another's.
     */
    public static OutputSet of(Collection<GeneratedFile> rendered, String header, String owner) {
        String fullHeader = owner.isEmpty() ? header : header + "\n" + Manifest.OWNER + owner;
        Map<String, GeneratedFile> byPath = new TreeMap<>();
        for (GeneratedFile file : rendered) {
            if (file.path().equals(MANIFEST) || file.path().equals(OutputLock.FILE)) {
                throw new IllegalStateException(file.describe() + " would overwrite obsgen's own " + file.path());
            }
            GeneratedFile other = byPath.put(file.path(), file);
            if (other != null) {
                throw new IllegalStateException("two renderers produced " + file.path() + ": " + other.describe()
                        + " and " + file.describe());
            }
        }
        List<String> listed = byPath.values().stream()
                .filter(f -> f.kind() == GeneratedFile.Kind.GENERATED)
                .map(GeneratedFile::path)
                .toList();
        byPath.put(MANIFEST, GeneratedFile.text(MANIFEST, Manifest.render(fullHeader, listed)));
        return new OutputSet(byPath, listed, fullHeader, owner);
    }

    /** The paths the manifest lists: every generated file, not the seeds and not the manifest itself. */
    public List<String> listed() {
        return listed;
    }

    /** The comment lines the manifest starts with. */
    public String header() {
        return header;
    }

    /** Whose tree this is; empty when not said. */
    public String owner() {
        return owner;
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
