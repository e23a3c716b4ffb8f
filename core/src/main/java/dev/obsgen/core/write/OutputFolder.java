package dev.obsgen.core.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The output folder, and every file operation the writer does in it. Paths are relative and already vetted by
 * {@link PathNames}; on top of that, nothing here writes through or removes behind a symbolic link that leads out
 * of the folder: a folder on the way is used only when its real path lies inside the real path of the root.
 */
final class OutputFolder {
    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final int SET_GROUP_ID = 02000;

    private final Path root;
    private final Map<Path, Optional<GroupPrincipal>> folderGroups = new HashMap<>();

    private OutputFolder(Path root) {
        this.root = root;
    }

    /** Why a file's path cannot be made on this system at all, naming the element it came from. */
    static String unencodable(GeneratedFile file, InvalidPathException e) {
        return file.describe() + ": cannot be a file name on this system (" + e.getReason()
                + "; the file name encoding is " + System.getProperty("sun.jnu.encoding", "unknown")
                + ", a UTF-8 locale such as LANG=C.UTF-8 takes any name)";
    }

    /** Creates the folder when it is missing and resolves its real path. */
    static OutputFolder open(Path directory) {
        try {
            BasicFileAttributes attributes = attributes(directory);
            if (attributes != null && attributes.isSymbolicLink() && !Files.exists(directory)) {
                throw new OutputException("the output folder " + directory + " is a dangling symbolic link; nothing was"
                        + " written");
            }
            if (attributes != null && !Files.isDirectory(directory)) {
                throw new OutputException("the output folder " + directory + " is a file, not a folder; nothing was"
                        + " written");
            }
            Files.createDirectories(directory);
            return new OutputFolder(directory.toRealPath());
        } catch (IOException e) {
            throw new OutputException("cannot create the output folder " + IoFailure.file(e, directory.toString())
                    + ": " + IoFailure.reason(e) + "; nothing was written", e);
        }
    }

    Path root() {
        return root;
    }

    /**
     * Why {@code relative} cannot be written as a regular file, or empty when it can. Changes nothing. Call it only
     * for files that are to be written: an unchanged file in a read-only folder is no problem.
     */
    Optional<String> writeProblem(String relative) throws IOException {
        String[] segments = relative.split("/");
        Path current = root;
        for (int i = 0; i < segments.length; i++) {
            Path folder = current;
            current = current.resolve(segments[i]);
            String shown = root.relativize(current).toString();
            BasicFileAttributes attributes = attributes(current);
            if (attributes == null) {
                // The deepest folder that exists is where this file, or its first new folder, is created.
                return Files.isWritable(folder) ? Optional.empty()
                        : Optional.of((folder.equals(root) ? "the output folder" : root.relativize(folder).toString())
                                + ": permission denied");
            }
            boolean last = i == segments.length - 1;
            if (attributes.isSymbolicLink()) {
                if (last) {
                    return Optional.empty(); // the move replaces the link itself, never what it points to
                }
                Path real;
                try {
                    real = current.toRealPath();
                } catch (NoSuchFileException e) {
                    return Optional.of(shown + " is a dangling symbolic link");
                }
                if (!real.startsWith(root)) {
                    return Optional.of(shown + " is a symbolic link to " + real + ", outside the output folder");
                }
                if (!Files.isDirectory(real)) {
                    return Optional.of(shown + " is a file, not a folder");
                }
            } else if (last && !Files.isWritable(folder)) {
                return Optional.of((folder.equals(root) ? "the output folder" : root.relativize(folder).toString())
                        + ": permission denied");
            } else if (last && attributes.isDirectory()) {
                return Optional.of(shown + " is a folder, not a file");
            } else if (last && !attributes.isRegularFile()) {
                return Optional.of(shown + " is not a regular file");
            } else if (!last && !attributes.isDirectory()) {
                return Optional.of(shown + " is a file, not a folder");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code relative} is a regular file inside the folder holding exactly {@code content}. A file of another
     * size differs without being read, which is most changed files.
     */
    boolean sameRegular(String relative, byte[] content) throws IOException {
        Path target = root.resolve(relative);
        BasicFileAttributes attributes = attributes(target);
        if (attributes == null || !attributes.isRegularFile() || attributes.size() != content.length
                || !inside(target.getParent())) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(target), content);
    }

    /** Whether anything (a file, a folder, a link) is at {@code relative}. */
    boolean exists(String relative) throws IOException {
        return attributes(root.resolve(relative)) != null;
    }

    /**
     * Writes to a temporary sibling and moves it over the target, so a reader never sees half a file. The temporary
     * file is created without explicit permissions, so the result has the process umask's mode (0644 usually) and a
     * server running as another user can read it.
     */
    void write(String relative, byte[] content) throws IOException {
        Path target = root.resolve(relative);
        Path parent = madeFolder(relative, target);
        Path temporary = createTemporary(parent, target.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                out.write(content);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Moves a staged file over the target, so a reader never sees half a file; where the two lie on different file
     * systems (a folder of the output is a mount), its bytes go through a temporary sibling as in {@link #write}.
     */
    void place(String relative, Path staged) throws IOException {
        Path target = root.resolve(relative);
        Path parent = madeFolder(relative, target);
        takeFolderGroup(staged, parent);
        try {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            write(relative, Files.readAllBytes(staged));
            Files.delete(staged);
        }
    }

    /**
     * A file created in a folder with the set-group-id bit takes the folder's group (so a server of that group can
     * read it); a staged file was created in the staging folder, so it is given the group it would have had.
     */
    private void takeFolderGroup(Path staged, Path folder) throws IOException {
        Optional<GroupPrincipal> group = folderGroups.computeIfAbsent(folder, OutputFolder::setGroupIdGroup);
        if (group.isEmpty()) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(staged, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (!view.readAttributes().group().equals(group.get())) {
            view.setGroup(group.get());
        }
    }

    private static Optional<GroupPrincipal> setGroupIdGroup(Path folder) {
        try {
            Object mode = Files.getAttribute(folder, "unix:mode");
            if (!(mode instanceof Integer bits) || (bits & SET_GROUP_ID) == 0) {
                return Optional.empty();
            }
            return Optional.of(Files.readAttributes(folder, PosixFileAttributes.class).group());
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return Optional.empty(); // no POSIX modes here: nothing to take
        }
    }

    /** Makes the target's folder, refusing one that leads out of the output folder through a link. */
    private Path madeFolder(String relative, Path target) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (!inside(parent)) {
            throw new OutputException(root.relativize(parent) + " leads out of the output folder " + root
                    + " (a symbolic link); " + relative + " was not written");
        }
        return parent;
    }

    /** What became of a path the previous run wrote and this one does not. */
    sealed interface Removal {
        record Removed() implements Removal {
        }

        record Absent() implements Removal {
        }

        record Left(String why) implements Removal {
        }
    }

    /** Removes {@code relative} when it is a regular file whose folder lies inside the root; never a link or folder. */
    Removal remove(String relative) throws IOException {
        Path target = root.resolve(relative);
        Path parent = target.getParent();
        Path realParent;
        try {
            realParent = parent.toRealPath();
        } catch (NoSuchFileException e) {
            return new Removal.Absent();
        }
        if (!realParent.startsWith(root)) {
            return new Removal.Left("its folder leads out of the output folder to " + realParent);
        }
        BasicFileAttributes attributes = attributes(target);
        if (attributes == null) {
            return new Removal.Absent();
        }
        if (attributes.isSymbolicLink()) {
            return new Removal.Left("it is a symbolic link, and obsgen writes only regular files");
        }
        if (!attributes.isRegularFile()) {
            return new Removal.Left(attributes.isDirectory() ? "it is a folder, not a file" : "it is not a regular file");
        }
        Files.deleteIfExists(target);
        removeEmptyFolders(parent);
        return new Removal.Removed();
    }

    /**
     * Removes the temporary files a killed run left beside the files it wrote ({@code .NAME<digits>.tmp}), looking
     * only in the folders of the given paths and only for names derived from them.
     */
    int removeTemporaryFiles(Collection<String> paths) throws IOException {
        Map<String, Set<String>> namesByFolder = new TreeMap<>();
        for (String path : paths) {
            int slash = path.lastIndexOf('/');
            String folder = slash < 0 ? "" : path.substring(0, slash);
            namesByFolder.computeIfAbsent(folder, f -> new TreeSet<>()).add(path.substring(slash + 1));
        }
        int removed = 0;
        for (Map.Entry<String, Set<String>> entry : namesByFolder.entrySet()) {
            Path folder = entry.getKey().isEmpty() ? root : root.resolve(entry.getKey());
            BasicFileAttributes attributes = attributes(folder);
            if (attributes == null || !attributes.isDirectory() || !inside(folder)) {
                continue;
            }
            try (DirectoryStream<Path> children = Files.newDirectoryStream(folder, ".*" + TEMPORARY_SUFFIX)) {
                for (Path child : children) {
                    if (isTemporaryOf(child.getFileName().toString(), entry.getValue())) {
                        BasicFileAttributes childAttributes = attributes(child);
                        if (childAttributes != null && childAttributes.isRegularFile()) {
                            Files.deleteIfExists(child);
                            removed++;
                        }
                    }
                }
            }
        }
        return removed;
    }

    static boolean isTemporaryOf(String fileName, Set<String> names) {
        if (!fileName.startsWith(".") || !fileName.endsWith(TEMPORARY_SUFFIX)) {
            return false;
        }
        String middle = fileName.substring(1, fileName.length() - TEMPORARY_SUFFIX.length());
        int digits = middle.length();
        while (digits > 0 && Character.isDigit(middle.charAt(digits - 1))) {
            digits--;
        }
        return digits < middle.length() && names.contains(middle.substring(0, digits));
    }

    /**
     * Removes the folders a removal left empty, from the file's folder up to but never including the root. A link,
     * or a folder whose path passes through one (its real path is not its path), is left alone with all above it.
     */
    private void removeEmptyFolders(Path folder) throws IOException {
        Path current = folder;
        while (current != null && current.startsWith(root) && !current.equals(root)) {
            BasicFileAttributes attributes = attributes(current);
            if (attributes == null || !attributes.isDirectory() || !current.toRealPath().equals(current)) {
                return;
            }
            try (DirectoryStream<Path> children = Files.newDirectoryStream(current)) {
                if (children.iterator().hasNext()) {
                    return;
                }
            }
            Files.deleteIfExists(current);
            current = current.getParent();
        }
    }

    private boolean inside(Path folder) throws IOException {
        return folder.toRealPath().startsWith(root);
    }

    private static Path createTemporary(Path parent, String name) throws IOException {
        while (true) {
            Path candidate = parent.resolve("." + name
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + TEMPORARY_SUFFIX);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // a rare clash of random names: draw again
            }
        }
    }

    /**
     * What a path is, without following a final link; null when nothing is there, also when a file stands where a
     * folder on the way should be.
     */
    static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (java.nio.file.FileSystemException e) {
            // A file where a folder is expected: nothing is at this path; writeProblem names the file in the way.
            if ("Not a directory".equals(e.getReason())) {
                return null;
            }
            throw e;
        }
    }
}
