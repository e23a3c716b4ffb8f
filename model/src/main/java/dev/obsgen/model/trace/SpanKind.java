package dev.obsgen.model.trace;

import java.util.Locale;

/** OpenTelemetry's span kinds: whether the span serves a call, makes one, or is work inside one process. */
public enum SpanKind {
    INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
