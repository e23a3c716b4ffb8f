package com.example.models;

import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;

/** A user's model whose class cannot even be initialised. */
public final class BrokenInitializerModel implements ObservabilityDefinition {
    private static final int PORT = Integer.parseInt("eighty\neighty");

    @Override
    public Observability define() {
        return Observability.named("port-" + PORT).build();
    }
}
