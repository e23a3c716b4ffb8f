package dev.obsgen.core;

import dev.obsgen.core.check.Finding;
import dev.obsgen.core.write.OutputSet;
import dev.obsgen.core.write.OutputSource;
import java.util.List;

/**
 * A checked model's warnings, and its files: rendered as the writer or the drift check takes them
 * ({@link #files()}), or all at once in memory ({@link #output()}).
 */
public final class Rendering {
    private final OutputSource files;
    private final List<Finding> warnings;
    private OutputSet output;

    public Rendering(OutputSource files, List<Finding> warnings) {
        this.files = files;
        this.warnings = List.copyOf(warnings);
    }

    /** The files, rendered each time they are taken, one at a time. */
    public OutputSource files() {
        return files;
    }

    /** Every file in memory, rendered on the first call. */
    public synchronized OutputSet output() {
        if (output == null) {
            output = files instanceof OutputSet set ? set : OutputSet.of(files);
        }
        return output;
    }

    public List<Finding> warnings() {
        return warnings;
    }
}
