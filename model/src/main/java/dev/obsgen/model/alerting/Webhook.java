package dev.obsgen.model.alerting;

import java.util.Objects;

/** A generic webhook. Its URL is written into the config, so it must carry no credentials. */
public record Webhook(String url, boolean sendResolved) implements Integration {
    public Webhook {
        Objects.requireNonNull(url, "webhook url");
    }

    public static Webhook url(String url) {
        return new Webhook(url, true);
    }
}
