package dev.obsgen.model.alerting;

/** One way a receiver notifies people. */
public sealed interface Integration permits PagerDuty, Slack, Email, Webhook {
    boolean sendResolved();
}
