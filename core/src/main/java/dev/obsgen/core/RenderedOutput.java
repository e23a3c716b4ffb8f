package dev.obsgen.core;

import dev.obsgen.core.check.TaskPool;
import dev.obsgen.core.render.OutputLayout;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.team.Composition;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.core.write.Manifest;
import dev.obsgen.core.write.OutputSource;
import dev.obsgen.model.Observability;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The files of a checked model (or of a platform and its teams), rendered when they are taken: every renderer of
 * every part is one task, the tasks run on as many threads as the machine has cores, and each file goes to the
 * taker as soon as it is made. A file's bytes depend only on the model, never on the thread or the order, so the
 * output is the same with one thread or many.
 */
final class RenderedOutput implements OutputSource {
    /** One model (the platform's, or a team's view) and the renderers that write its files. */
    record Part(List<Renderer> renderers, Observability model, UnaryOperator<String> place) {
    }

    private final List<Part> parts;
    private final RenderSettings settings;
    private final String header;
    private final String owner;
    private final int threads;

    RenderedOutput(List<Part> parts, RenderSettings settings, String header, String owner, int threads) {
        this.parts = List.copyOf(parts);
        this.settings = settings;
        this.header = owner.isEmpty() ? header : header + "\n" + Manifest.OWNER + owner;
        this.owner = owner;
        this.threads = threads;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public String owner() {
        return owner;
    }

    @Override
    public void emit(Consumer<GeneratedFile> files) {
        Gate gate = new Gate(files);
        List<Runnable> tasks = new ArrayList<>();
        for (Part part : parts) {
            Map<String, String> origins = origins(part.model());
            for (Renderer renderer : part.renderers()) {
                tasks.add(() -> renderer.render(part.model(), settings, file -> gate.accept(placed(file, part,
                        origins))));
            }
        }
        if (threads <= 1) {
            try {
                tasks.forEach(Runnable::run);
            } finally {
                gate.close();
            }
            return;
        }
        ExecutorService pool = TaskPool.of(threads, "obsgen-render");
        Throwable first = null;
        try {
            List<Future<?>> running = tasks.stream().<Future<?>>map(pool::submit).toList();
            // Every task ends before emit does, so no file reaches the taker after it returns or throws; the failure
            // thrown is the first in task order, whichever thread met its failure first.
            for (Future<?> task : running) {
                try {
                    TaskPool.result(task, "rendering");
                } catch (RuntimeException | Error e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
        } finally {
            gate.close();
            pool.shutdownNow();
            awaitEnd(pool);
        }
        if (first instanceof Error error) {
            throw error;
        }
        if (first != null) {
            throw (RuntimeException) first;
        }
    }

    private static void awaitEnd(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands files to the taker one call at a time, and none once emit has ended. */
    private static final class Gate {
        private final Consumer<GeneratedFile> files;
        private boolean closed;

        Gate(Consumer<GeneratedFile> files) {
            this.files = files;
        }

        synchronized void accept(GeneratedFile file) {
            if (closed) {
                throw new CancellationException("rendering has ended");
            }
            files.accept(file);
        }

        synchronized void close() {
            closed = true;
        }
    }

    // The writer names the element a file came from when its path cannot be written.
    private static Map<String, String> origins(Observability model) {
        Map<String, String> origins = new HashMap<>();
        String owner = model.isTeam() ? " of " + Composition.owner(model) : "";
        OutputLayout.of(model).forEach(path -> origins.putIfAbsent(path.path(), path.element() + owner));
        return origins;
    }

    private static GeneratedFile placed(GeneratedFile file, Part part, Map<String, String> origins) {
        String origin = origins.get(file.path());
        GeneratedFile placed = new GeneratedFile(part.place().apply(file.path()), file.content(), file.kind(),
                file.origin());
        return origin == null ? placed : placed.from(origin);
    }
}
