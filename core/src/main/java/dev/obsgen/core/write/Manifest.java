package dev.obsgen.core.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list of files a previous run wrote, which is what lets the writer remove files a later model no longer
 * produces. It sits in the output folder where anyone can edit it, so it is read strictly: one relative, normalised
 * path per line in printable characters, each segment passing {@link PathNames}; comment lines start with
 * {@code #}; every other line is ignored with a warning, and an unreadable manifest lists nothing. Removing too
 * little is a stale file; removing too much is data loss.
 */
public record Manifest(Set<String> paths, List<String> warnings, String owner) {
    public static final String FILE = "obsgen-manifest.txt";
    /** The comment line that names whose tree the folder holds: {@code # owner: team 'training'}. */
    public static final String OWNER = "# owner: ";
    /** A manifest of the largest trees is a few megabytes; more than this is not one. */
    static final long MAX_BYTES = 64L << 20;

    public Manifest {
        paths = Set.copyOf(paths);
        warnings = List.copyOf(warnings);
        owner = owner == null ? "" : owner;
    }

    public Manifest(Set<String> paths, List<String> warnings) {
        this(paths, warnings, "");
    }

    public static Manifest empty() {
        return new Manifest(Set.of(), List.of());
    }

    /** The text of a manifest: the header as a comment, then the paths in order. */
    public static String render(String header, Collection<String> paths) {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (String path : new TreeSet<>(paths)) {
            text.append(path).append('\n');
        }
        return text.toString();
    }

    /** Reads the manifest in {@code root}; a missing one lists nothing. */
    public static Manifest read(Path root) throws IOException {
        Path file = root.resolve(FILE);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return empty();
        }
        if (!attributes.isRegularFile()) {
            return ignored(FILE + " is not a regular file (a link or a folder); no file is removed");
        }
        if (attributes.size() > MAX_BYTES) {
            return ignored(FILE + " is " + attributes.size() + " bytes, more than any manifest; no file is removed");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return ignored(FILE + " is not UTF-8 text; no file is removed");
        }
        return parse(text);
    }

    static Manifest parse(String text) {
        Set<String> paths = new TreeSet<>();
        List<String> warnings = new ArrayList<>();
        String owner = "";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(OWNER) && owner.isEmpty()) {
                owner = line.substring(OWNER.length());
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String problem = PathNames.pathProblem(line).orElse(null);
            if (problem == null && line.equals(FILE)) {
                problem = "is the manifest itself";
            }
            if (problem == null && line.equals(OutputLock.FILE)) {
                problem = "is the lock file";
            }
            if (problem != null) {
                warnings.add(FILE + " line " + (i + 1) + " '" + PathNames.shown(abbreviated(line)) + "' "
                        + problem + "; ignored, so it is not removed");
            } else {
                paths.add(line);
            }
        }
        return new Manifest(paths, warnings, owner);
    }

    private static Manifest ignored(String warning) {
        return new Manifest(Set.of(), List.of(warning));
    }

    private static String abbreviated(String line) {
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
