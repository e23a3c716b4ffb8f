package dev.obsgen.core.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes one file that is the user's from then on, such as the model class {@code obsgen import} writes into a source
 * folder: no manifest, nothing removed, and the same guards as the tree writer. The path is vetted segment by segment
 * before anything is created, so a folder on the way that is a link out of the folder stops the write before a
 * single folder is made outside it; a file link at the target is replaced, never written through.
 */
public final class UserFileWriter {
    /** Why a file was not written: it exists, its path cannot be written safely, or the system refused. */
    public record Refusal(Kind kind, String message) {
        public enum Kind { EXISTS, PATH, IO }
    }

    private UserFileWriter() {
    }

    /**
     * Writes {@code content} to {@code relative} (a {@code /}-separated path) under {@code folder}, creating the
     * folder when it is missing.
     *
     * @param replace whether an existing file may be replaced
     * @return why nothing was written, or empty when the file was written
     * @throws OutputException when the folder cannot be used at all
     */
    public static Optional<Refusal> write(Path folder, String relative, byte[] content, boolean replace) {
        OutputFolder out = OutputFolder.open(folder);
        try {
            if (!replace && out.exists(relative)) {
                return Optional.of(new Refusal(Refusal.Kind.EXISTS, out.root().resolve(relative)
                        + " exists; give --force to overwrite it"));
            }
            Optional<String> problem = out.writeProblem(relative);
            if (problem.isPresent()) {
                return Optional.of(new Refusal(Refusal.Kind.PATH, problem.get() + "; nothing was written"));
            }
            out.write(relative, content);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new Refusal(Refusal.Kind.IO, "cannot write "
                    + IoFailure.file(e, out.root().resolve(relative).toString()) + ": " + IoFailure.reason(e)));
        }
    }
}
