package dev.obsgen.core.render;

import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A renderer of many files that makes them one at a time; its list is what it hands out, collected. */
public interface StreamingRenderer extends Renderer {
    @Override
    void render(Observability model, RenderSettings settings, Consumer<GeneratedFile> files);

    @Override
    default List<GeneratedFile> render(Observability model, RenderSettings settings) {
        List<GeneratedFile> files = new ArrayList<>();
        render(model, settings, files::add);
        return files;
    }
}
