package dev.obsgen.core.render.alertmanager;

import static dev.obsgen.core.render.YamlFormat.nullIfEmpty;

import dev.obsgen.model.alerting.Email;
import dev.obsgen.model.alerting.Integration;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.Webhook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A receiver's integrations grouped by kind, each turned into its format's config: {@code alertmanager.yml} and the
 * {@code AlertmanagerConfig} resource hold the same lists under the same names, and differ only in how one
 * integration is written. Each list is null when empty, so the key is left out.
 */
record ReceiverIntegrations<P, S, E, W>(List<P> pagerDuty, List<S> slack, List<E> email, List<W> webhook) {

    /** The PagerDuty details both formats send: what an on-call person reads before opening anything. */
    static Map<String, String> pagerDutyDetails() {
        Map<String, String> details = new TreeMap<>();
        details.put("alertname", "{{ .CommonLabels.alertname }}");
        details.put("severity", "{{ .CommonLabels.severity }}");
        details.put("summary", "{{ .CommonAnnotations.summary }}");
        details.put("runbook_url", NotificationText.RUNBOOK);
        details.put("firing", "{{ .Alerts.Firing | len }}");
        return details;
    }

    static <P, S, E, W> ReceiverIntegrations<P, S, E, W> of(Receiver receiver, Function<PagerDuty, P> pagerDuty,
                                                             Function<Slack, S> slack, Function<Email, E> email,
                                                             Function<Webhook, W> webhook) {
        List<P> pagerDutyConfigs = new ArrayList<>();
        List<S> slackConfigs = new ArrayList<>();
        List<E> emailConfigs = new ArrayList<>();
        List<W> webhookConfigs = new ArrayList<>();
        for (Integration integration : receiver.integrations()) {
            if (integration instanceof PagerDuty p) {
                pagerDutyConfigs.add(pagerDuty.apply(p));
            } else if (integration instanceof Slack s) {
                slackConfigs.add(slack.apply(s));
            } else if (integration instanceof Email e) {
                emailConfigs.add(email.apply(e));
            } else if (integration instanceof Webhook w) {
                webhookConfigs.add(webhook.apply(w));
            } else {
                throw new IllegalStateException("no Alertmanager config for integration " + integration.getClass());
            }
        }
        return new ReceiverIntegrations<>(nullIfEmpty(pagerDutyConfigs), nullIfEmpty(slackConfigs),
                nullIfEmpty(emailConfigs), nullIfEmpty(webhookConfigs));
    }
}
