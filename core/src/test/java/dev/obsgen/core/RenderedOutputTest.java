package dev.obsgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.write.GeneratedFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Rendering on a pool ends whole: no file reaches the taker after emit has thrown or returned. */
class RenderedOutputTest {
    private static final class RendererBroke extends Error {
        RendererBroke() {
            super("a renderer broke");
        }
    }

    /** Five files, 50 ms apart. */
    private static Renderer streaming(String folder) {
        return new Renderer() {
            @Override
            public List<GeneratedFile> render(dev.obsgen.model.Observability model, RenderSettings settings) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void render(dev.obsgen.model.Observability model, RenderSettings settings,
                               java.util.function.Consumer<GeneratedFile> files) {
                for (int i = 0; i < 5; i++) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    files.accept(GeneratedFile.text(folder + "/" + i + ".yml", "x\n"));
                }
            }
        };
    }

    @Test
    void anErrorOnOneThreadEndsEmitOnlyWhenEveryTaskHasEnded() throws Exception {
        RendererBroke broke = new RendererBroke();
        Renderer breaking = (model, settings) -> {
            throw broke;
        };
        RenderedOutput output = new RenderedOutput(List.of(new RenderedOutput.Part(
                List.of(breaking, streaming("a"), streaming("b")), SampleModel.model(), path -> path)),
                RenderSettings.of("test"), "# header", "", 3);
        List<String> taken = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean ended = new AtomicBoolean();
        List<String> afterEnd = Collections.synchronizedList(new ArrayList<>());
        RendererBroke thrown = assertThrows(RendererBroke.class, () -> output.emit(file -> {
            if (ended.get()) {
                afterEnd.add(file.path());
            }
            taken.add(file.path());
        }));
        ended.set(true);
        assertSame(broke, thrown);
        Thread.sleep(400);
        assertEquals(List.of(), afterEnd, "no file after emit threw");
        assertEquals(10, taken.size(), "the other tasks ran to their end before emit threw: " + taken);
    }

    @Test
    void theFailureThrownIsTheFirstInTaskOrderWhicheverEndedFirst() {
        IllegalStateException late = new IllegalStateException("first task, late");
        IllegalStateException early = new IllegalStateException("second task, early");
        Renderer lateFailure = (model, settings) -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw late;
        };
        Renderer earlyFailure = (model, settings) -> {
            throw early;
        };
        RenderedOutput output = new RenderedOutput(List.of(new RenderedOutput.Part(List.of(lateFailure, earlyFailure),
                SampleModel.model(), path -> path)), RenderSettings.of("test"), "# header", "", 2);
        assertSame(late, assertThrows(IllegalStateException.class, () -> output.emit(file -> { })));
    }
}
