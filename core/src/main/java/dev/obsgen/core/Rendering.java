package dev.obsgen.core;

import dev.obsgen.core.check.Finding;
import dev.obsgen.core.write.OutputSet;
import java.util.List;

/** The files a checked model renders to, and the warnings found on the way. */
public record Rendering(OutputSet output, List<Finding> warnings) {
    public Rendering {
        warnings = List.copyOf(warnings);
    }
}
