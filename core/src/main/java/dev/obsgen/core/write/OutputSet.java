package dev.obsgen.core.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Every file one generation produces, ordered by path. It also renders the manifest that lets the writer remove
 * files a later model no longer produces.
 */
public final class OutputSet implements OutputSource {
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
        ClaimedPaths claimed = new ClaimedPaths();
        for (GeneratedFile file : rendered) {
            claimed.claim(file);
            byPath.put(file.path(), file);
        }
        List<String> listed = byPath.values().stream()
                .filter(f -> f.kind() == GeneratedFile.Kind.GENERATED)
                .map(GeneratedFile::path)
                .toList();
        byPath.put(MANIFEST, GeneratedFile.text(MANIFEST, Manifest.render(fullHeader, listed)));
        return new OutputSet(byPath, listed, fullHeader, owner);
    }

    /** Every file from memory, in path order; the manifest is left out, as the contract says. */
    public static OutputSet of(OutputSource source) {
        List<GeneratedFile> files = new ArrayList<>();
        source.emit(files::add);
        return of(files, source.header(), "").withOwner(source.owner());
    }

    private OutputSet withOwner(String owner) {
        return new OutputSet(files, listed, header, owner);
    }

    @Override
    public void emit(Consumer<GeneratedFile> consumer) {
        files.values().stream().filter(f -> !f.path().equals(MANIFEST)).forEach(consumer);
    }

    /** The paths the manifest lists: every generated file, not the seeds and not the manifest itself. */
    public List<String> listed() {
        return listed;
    }

    /** The comment lines the manifest starts with. */
    @Override
    public String header() {
        return header;
    }

    /** Whose tree this is; empty when not said. */
    @Override
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
