package dev.obsgen.core.render;

import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.List;

/** A pure function from a checked model to the files of one target format, in memory. */
public interface Renderer {
    List<GeneratedFile> render(Observability model, RenderSettings settings);
}
