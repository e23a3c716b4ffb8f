package dev.obsgen.model.collection;

import dev.obsgen.model.Values;
import java.util.List;

/** One Collector pipeline: the component ids it runs, processors in order. */
public record CollectorPipeline(Signal signal, List<String> receivers, List<String> processors, List<String> exporters) {
    public CollectorPipeline {
        receivers = Values.list(receivers);
        processors = Values.list(processors);
        exporters = Values.list(exporters);
    }

    public String id() {
        return signal.label();
    }
}
