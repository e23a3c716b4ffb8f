package dev.obsgen.it.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack's pieces listen, for {@link LocalStackProfile}: the target of each scrape job, the
 * Alertmanager Prometheus sends to, the capture servers the receivers notify, and the secret files that hold the
 * PagerDuty routing key and the Slack webhook URL.
 */
public record LocalEndpoints(Map<String, String> scrapeTargets, String alertmanager, String pagerDutyUrl,
                             Path pagerDutyRoutingKeyFile, Path slackApiUrlFile, String smtpSmarthost) {
    public LocalEndpoints {
        scrapeTargets = Map.copyOf(scrapeTargets);
    }
}
