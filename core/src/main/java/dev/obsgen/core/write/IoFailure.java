package dev.obsgen.core.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Says in a few words why a file operation failed: the reason a person fixes, not the exception's class. */
public final class IoFailure {
    private IoFailure() {
    }

    public static String reason(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("operation not permitted")) {
            return "permission denied";
        }
        if (lower.contains("no space left")) {
            return "no space left on device";
        }
        if (lower.contains("disk quota")) {
            return "disk quota exceeded";
        }
        if (lower.contains("read-only file system")) {
            return "read-only file system";
        }
        if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
            return "is a file, not a folder";
        }
        if (lower.contains("is a directory")) {
            return "is a folder, not a file";
        }
        if (lower.contains("file name too long")) {
            return "file name too long for this file system";
        }
        if (e instanceof FileSystemLoopException || lower.contains("too many levels of symbolic links")) {
            return "symbolic link loop";
        }
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason;
    }

    /** The file the failure is about, when the exception knows it. */
    public static String file(IOException e, String fallback) {
        return e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : fallback;
    }
}
