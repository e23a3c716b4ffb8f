package dev.obsgen.model.alerting;

/**
 * A file that holds a secret (a routing key, a webhook URL, a password). The model holds only the path: secrets
 * are mounted next to Alertmanager, never written into generated files.
 */
public record SecretFile(String path) {
    public static SecretFile at(String path) {
        return new SecretFile(path);
    }
}
