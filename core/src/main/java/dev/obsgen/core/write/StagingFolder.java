package dev.obsgen.core.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where the writer keeps the files it is going to write while the rest of the output is still being rendered and
 * checked: a folder of obsgen's own inside the output folder, so the bytes need not stay in memory and a move puts
 * each file in place. It holds only numbered regular files, is made when the first file needs writing, and is gone
 * when the writer returns; one a killed run left is removed by the next.
 */
final class StagingFolder {
    static final String NAME = ".obsgen-staging";

    private final Path folder;
    private int count;
    private boolean made;

    private StagingFolder(Path folder) {
        this.folder = folder;
    }

    /** The staging folder of {@code root}, emptied of what a killed run left. */
    static StagingFolder in(Path root) throws IOException {
        StagingFolder staging = new StagingFolder(root.resolve(NAME));
        staging.removeLeftovers();
        return staging;
    }

    /** Stores the bytes and returns the file that holds them; its mode is the process umask's, as any output's. */
    Path stage(byte[] content) throws IOException {
        if (!made) {
            Files.createDirectory(folder);
            made = true;
        }
        Path file = folder.resolve(Integer.toString(count++));
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            out.write(content);
        }
        return file;
    }

    /** Removes every staged file left and the folder. */
    void discard() throws IOException {
        removeLeftovers();
        made = false;
    }

    private void removeLeftovers() throws IOException {
        BasicFileAttributes attributes = OutputFolder.attributes(folder);
        if (attributes == null) {
            return;
        }
        if (!attributes.isDirectory() || attributes.isSymbolicLink()) {
            throw new OutputException(folder + " is obsgen's staging folder, but is not a folder (a file or a link);"
                    + " remove it; nothing was written");
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                BasicFileAttributes childAttributes = OutputFolder.attributes(child);
                if (childAttributes == null || !childAttributes.isRegularFile()
                        || !child.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    throw new OutputException(child + " is in obsgen's staging folder, and obsgen did not put it "
                            + "there; remove it; nothing was written");
                }
                Files.delete(child);
            }
        }
        Files.delete(folder);
    }
}
