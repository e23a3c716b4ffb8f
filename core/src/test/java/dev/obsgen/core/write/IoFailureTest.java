package dev.obsgen.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reason printed for each way a file operation fails, as the JDK reports it on Linux. */
class IoFailureTest {
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new AccessDeniedException("/out/a.yml"), "permission denied"),
                Arguments.of(new FileSystemException("/out", null, "Operation not permitted"), "permission denied"),
                Arguments.of(new FileSystemException("/out/a.yml", null, "No space left on device"),
                        "no space left on device"),
                Arguments.of(new FileSystemException("/out/a.yml", null, "Disk quota exceeded"), "disk quota exceeded"),
                Arguments.of(new FileSystemException("/out/a.yml", null, "Read-only file system"), "read-only file system"),
                Arguments.of(new FileSystemException("/out/prometheus/a.yml", null, "Not a directory"),
                        "is a file, not a folder"),
                Arguments.of(new NotDirectoryException("/out/prometheus"), "is a file, not a folder"),
                Arguments.of(new FileSystemException("/out/a.yml", null, "Is a directory"), "is a folder, not a file"),
                Arguments.of(new FileSystemException("/out/x", null, "File name too long"),
                        "file name too long for this file system"),
                Arguments.of(new FileSystemLoopException("/out/loop"), "symbolic link loop"),
                Arguments.of(new FileSystemException("/out/loop", null, "Too many levels of symbolic links"),
                        "symbolic link loop"),
                Arguments.of(new NoSuchFileException("/out/gone"), "does not exist"),
                Arguments.of(new IOException("Input/output error"), "Input/output error"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("failures")
    void namesTheReasonAPersonFixes(IOException failure, String reason) {
        assertEquals(reason, IoFailure.reason(failure));
    }
}
