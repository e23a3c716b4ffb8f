package dev.obsgen.model.alerting;

import dev.obsgen.model.Nullable;

/**
 * PagerDuty Events API v2. {@code url} is the events endpoint, left to Alertmanager's default when null.
 */
public record PagerDuty(SecretFile routingKeyFile, @Nullable String url, boolean sendResolved) implements Integration {
    public static PagerDuty routingKeyFile(String path) {
        return new PagerDuty(SecretFile.at(path), null, true);
    }

    public PagerDuty url(String eventsUrl) {
        return new PagerDuty(routingKeyFile, eventsUrl, sendResolved);
    }
}
