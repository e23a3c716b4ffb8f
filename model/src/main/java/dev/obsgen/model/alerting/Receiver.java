package dev.obsgen.model.alerting;

import dev.obsgen.model.Values;
import java.util.List;

/** A named set of integrations. A receiver with none notifies nobody (alerts stay on dashboards). */
public record Receiver(String name, List<Integration> integrations) {
    public Receiver {
        integrations = Values.list(integrations);
    }

    public static Receiver named(String name, Integration... integrations) {
        return new Receiver(name, Values.of(integrations));
    }
}
