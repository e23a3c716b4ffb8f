package dev.obsgen.model.alerting;

/** A generic webhook. Its URL is written into the config, so it must carry no credentials. */
public record Webhook(String url, boolean sendResolved) implements Integration {
    public static Webhook url(String url) {
        return new Webhook(url, true);
    }
}
