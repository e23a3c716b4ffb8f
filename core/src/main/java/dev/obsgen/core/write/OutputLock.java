package dev.obsgen.core.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One writer per output folder at a time. The lock is the operating system's lock on {@code .obsgen.lock}, so a
 * killed run holds nothing; the file names the holder's pid for the message the next run prints. The file is
 * deleted on release, which opens a race (a waiter may lock the deleted file while a newcomer locks a new one), so
 * each holder writes a token into its file and proceeds only when the path still holds that token.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = ".obsgen.lock";
    private static final long POLL_MILLIS = 50;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code root}, waiting up to {@code patience} for another writer, and telling
     * {@code waiting} once who it waits for.
     *
     * @throws OutputException when another writer still holds it after that
     */
    public static OutputLock acquire(Path root, Duration patience, Consumer<String> waiting) throws IOException {
        Path file = root.resolve(FILE);
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        String token = ProcessHandle.current().pid() + " " + UUID.randomUUID() + "\n";
        while (true) {
            OutputLock held = tryOnce(file, token);
            if (held != null) {
                return held;
            }
            String holder = holder(file);
            if (System.nanoTime() > deadline) {
                throw new OutputException("another obsgen run (" + holder + ") is writing into " + root
                        + " and did not finish within " + patience.toSeconds() + " s; nothing was written");
            }
            if (!told) {
                waiting.accept("waiting for another obsgen run (" + holder + ") writing into " + root);
                told = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutputException("interrupted while waiting for the lock of " + root + "; nothing was written");
            }
        }
    }

    private static OutputLock tryOnce(Path file, String token) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new OutputException(file + " is a symbolic link; obsgen locks only a file of its own. Remove it");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        FileLock lock = null;
        try {
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                // Another thread of this JVM holds it: wait like any other writer.
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
            if (!token.equals(read(file))) {
                lock.release();
                channel.close();
                return null;
            }
            return new OutputLock(file, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            channel.close();
            throw e;
        }
    }

    private static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // gone or unreadable: the holder is unknown
        }
    }

    private static String holder(Path file) {
        String text = read(file).strip();
        int space = text.indexOf(' ');
        String pid = space > 0 ? text.substring(0, space) : text;
        return pid.matches("[0-9]{1,19}") ? "pid " + pid : "pid unknown";
    }

    /** Deletes the lock file while still holding the lock, so no waiter can lock a file that is about to vanish. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
