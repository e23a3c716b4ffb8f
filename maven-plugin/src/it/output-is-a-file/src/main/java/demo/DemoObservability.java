package demo;

import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;

/** The smallest valid model: the goal fails at the output folder, not at the model. */
public final class DemoObservability implements ObservabilityDefinition {
    @Override
    public Observability define() {
        return Observability.named("demo")
                .notifications(NotificationPolicy.builder().groupBy("alertname").defaultReceiver("nobody")
                        .withRoute(SeverityRoute.always(Severity.CRITICAL, "nobody"))
                        .withRoute(SeverityRoute.always(Severity.WARNING, "nobody"))
                        .withRoute(SeverityRoute.always(Severity.INFO, "nobody"))
                        .withReceiver(Receiver.named("nobody"))
                        .build())
                .build();
    }
}
