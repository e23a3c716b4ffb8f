package dev.obsgen.core.render.grafana.v2;

import java.util.List;
import java.util.stream.Collectors;

/** A classic dashboard that v2 cannot express without losing something; the message names every gap. */
public final class V2Unsupported extends IllegalArgumentException {
    private final transient List<V2Gap> gaps;

    public V2Unsupported(List<V2Gap> gaps) {
        super(gaps.stream().map(V2Gap::message).collect(Collectors.joining("; ")));
        this.gaps = List.copyOf(gaps);
    }

    public List<V2Gap> gaps() {
        return gaps;
    }
}
