package dev.obsgen.it.tools;

import dev.obsgen.core.Generation;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.model.Observability;
import dev.obsgen.model.scrape.KubernetesDiscovery;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.nio.file.Path;
import java.util.List;

/** Where the committed outputs are, and how a test renders a model of its own into a directory. */
public final class Outputs {
    private Outputs() {
    }

    public static Path committed() {
        String dir = System.getProperty("obsgen.generated.dir");
        return dir == null ? Path.of("../generated").toAbsolutePath().normalize() : Path.of(dir);
    }

    static Path render(Observability model, Path directory) {
        new OutputWriter().write(Generation.standard().render(model, RenderSettings.of("test")).output(), directory);
        return directory;
    }

    /** Composes a platform and its teams into one tree in the directory, as {@code obsgen compose} writes it. */
    static Path compose(List<Observability> models, Path directory) {
        new OutputWriter().write(Generation.standard().compose(models, RenderSettings.of("test")).output(), directory);
        return directory;
    }

    /**
     * The model with every Kubernetes scrape job given a static target instead: Debian's promtool 2.42 is built
     * without Kubernetes discovery and rejects {@code kubernetes_sd_configs} in {@code check config}.
     */
    static Observability withKubernetesJobsAsStaticTargets(Observability model) {
        return model.toBuilder().scrapeJobs(model.scrapeJobs().stream()
                .map(job -> job.discovery() instanceof KubernetesDiscovery
                        ? job.withDiscovery(StaticDiscovery.of("metadata-service.metaflow.svc:8080")) : job)
                .toList()).build();
    }
}
