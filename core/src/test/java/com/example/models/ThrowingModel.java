package com.example.models;

import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.dashboard.CustomVariable;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.List;

/** A user's model whose define() fails inside obsgen's model code, on a value the user passed. */
public final class ThrowingModel implements ObservabilityDefinition {
    @Override
    public Observability define() {
        return Observability.named("shop").withDashboard(Dashboard.builder("shop", "Shop")
                .withVariable(flowVariable())).build();
    }

    private static CustomVariable flowVariable() {
        return new CustomVariable("flow", "Flow", List.of(), false, false, null);
    }
}
