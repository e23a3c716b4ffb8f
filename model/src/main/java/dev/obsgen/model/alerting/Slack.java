package dev.obsgen.model.alerting;

/** A Slack incoming webhook; the webhook URL is a secret and is read from {@code apiUrlFile}. */
public record Slack(SecretFile apiUrlFile, String channel, boolean sendResolved) implements Integration {
    public static Slack channel(String channel, String apiUrlFile) {
        return new Slack(SecretFile.at(apiUrlFile), channel, true);
    }
}
