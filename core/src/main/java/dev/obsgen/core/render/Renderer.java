package dev.obsgen.core.render;

import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.List;
import java.util.function.Consumer;

/** A pure function from a checked model to the files of one target format, in memory. */
public interface Renderer {
    List<GeneratedFile> render(Observability model, RenderSettings settings);

    /**
     * Hands out the files one at a time, in the order of {@link #render(Observability, RenderSettings)}, so that a
     * renderer of many files need not hold them all: the writer stores each as it comes.
     */
    default void render(Observability model, RenderSettings settings, Consumer<GeneratedFile> files) {
        render(model, settings).forEach(files);
    }
}
