package dev.obsgen.model.collection;

import java.util.Locale;

/** What travels along a link of the collection topology. */
public enum Signal {
    LOGS, METRICS, TRACES;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
