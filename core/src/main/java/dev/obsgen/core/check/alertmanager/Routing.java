package dev.obsgen.core.check.alertmanager;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Inhibition;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.TimeInterval;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Every severity has a route, and every route names a receiver and time intervals that exist. */
@CheckDefinition(
        id = "alertmanager/routing",
        severity = FindingSeverity.ERROR,
        summary = "The notification policy routes every severity to a declared receiver and declared time intervals.",
        example = "SeverityRoute.always(Severity.WARNING, \"team\") with no receiver named team, or no route for info",
        fix = "Declare the receiver and time intervals, and route every severity.")
public final class Routing implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        NotificationPolicy policy = model.notifications();
        if (policy == null) {
            findings.report("model '" + model.name() + "'", "has no notification policy; set notifications(...)");
            return;
        }
        Set<String> receivers = policy.receivers().stream().map(Receiver::name).collect(Collectors.toSet());
        Set<String> intervals = policy.timeIntervals().stream().map(TimeInterval::name).collect(Collectors.toSet());
        if (policy.defaultReceiver() == null) {
            findings.report("notification policy", "has no default receiver for alerts that match no route");
        } else if (!receivers.contains(policy.defaultReceiver())) {
            findings.report("notification policy", "default receiver '" + policy.defaultReceiver() + "' is not declared");
        }
        Set<Severity> routed = EnumSet.noneOf(Severity.class);
        for (SeverityRoute route : policy.routes()) {
            String element = "route for severity " + route.severity().label();
            if (!routed.add(route.severity())) {
                findings.report(element, "is declared more than once");
            }
            if (!receivers.contains(route.receiver())) {
                findings.report(element, "sends to receiver '" + route.receiver() + "', which is not declared");
            }
            for (String interval : route.activeTimeIntervals()) {
                if (!intervals.contains(interval)) {
                    findings.report(element, "refers to time interval '" + interval + "', which is not declared");
                }
            }
        }
        for (Severity severity : Severity.values()) {
            if (!routed.contains(severity)) {
                findings.report("notification policy", "has no route for severity " + severity.label());
            }
        }
        for (Inhibition inhibition : policy.inhibitions()) {
            if (inhibition.source().isEmpty() || inhibition.target().isEmpty()) {
                findings.report("inhibition", "needs source and target matchers; an empty side matches every alert");
            }
        }
        Set<String> used = new HashSet<>();
        used.add(policy.defaultReceiver());
        policy.routes().forEach(r -> used.add(r.receiver()));
        for (String receiver : receivers.stream().sorted().toList()) {
            if (!used.contains(receiver)) {
                findings.report(FindingSeverity.WARNING, "receiver '" + receiver + "'", "is declared but no route uses it");
            }
        }
    }
}
