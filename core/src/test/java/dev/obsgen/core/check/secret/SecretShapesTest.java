package dev.obsgen.core.check.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A table of texts, the field they are in, and the credential shape found in them, or none. */
class SecretShapesTest {
    static Stream<Arguments> credentials() {
        return Stream.of(
                row("annotation", "key AKIAIOSFODNN7EXAMPLE", "an AWS access key id"),
                row("description", "ASIAY34FZKBOKMUTVV7A", "an AWS access key id"),
                row("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "an AWS secret access key"),
                row("description", "secret: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "an AWS secret access key"),
                row("url", "https://events.pagerduty.com/x/e93facc04764012d7bfb002500d5d1a6",
                        "a PagerDuty routing key"),
                row("description", "https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx",
                        "a Slack webhook URL"),
                row("description", "https://hooks.slack.com/workflows/T0123ABCD/A0123/456/abc", "a Slack webhook URL"),
                row("token", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "a Slack token"),
                row("token", "xoxp-1234567890-abcdefghij", "a Slack token"),
                row("url", "https://discord.com/api/webhooks/123456789012345678/AbC-dEf_123", "a Discord webhook URL"),
                row("url", "https://discordapp.com/api/webhooks/1234/token", "a Discord webhook URL"),
                row("url", "https://acme.webhook.office.com/webhookb2/0f8a-11@aa/IncomingWebhook/ab12/cd34",
                        "a Microsoft Teams webhook URL"),
                row("url", "https://outlook.office.com/webhook/0f8a1c2d-aaaa/IncomingWebhook/ab12/cd34",
                        "a Microsoft Teams webhook URL"),
                row("url", "https://prod-12.westeurope.logic.azure.com:443/workflows/0f8a1c2d/triggers/manual/paths/"
                        + "invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=AbCdEf012345",
                        "a Power Automate workflow URL with its signature"),
                row("token", "ghp_0123456789abcdefghijABCDEFGHIJ012345", "a GitHub token"),
                row("token", "gho_0123456789abcdefghijABCDEFGHIJ012345", "a GitHub token"),
                row("token", "ghu_0123456789abcdefghijABCDEFGHIJ012345", "a GitHub token"),
                row("token", "ghs_0123456789abcdefghijABCDEFGHIJ012345", "a GitHub token"),
                row("token", "ghr_0123456789abcdefghijABCDEFGHIJ012345", "a GitHub token"),
                row("token", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "a GitHub token"),
                row("token", "glpat-0123456789abcdefABCD", "a GitLab token"),
                row("token", "glrt-0123456789abcdefABCD_x", "a GitLab token"),
                row("token", "gldt-0123456789abcdefABCD", "a GitLab token"),
                row("header", "Authorization: Bearer abc.def", "an Authorization header with credentials"),
                row("header", "authorization=Basic dXNlcjpwYXNz", "an Authorization header with credentials"),
                row("description", "curl -H 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.XmNK3GpH3Ys'",
                        "a bearer or basic credential"),
                row("key", "-----BEGIN RSA PRIVATE KEY-----\nMIIEow...", "a private key"),
                row("key", "-----BEGIN OPENSSH PRIVATE KEY-----", "a private key"),
                row("key", "-----BEGIN PRIVATE KEY-----", "a private key"),
                row("key", "-----BEGIN PGP PRIVATE KEY BLOCK-----", "a private key"),
                row("url", "https://bot:s3cret@hooks.example.com/x", "a URL with a password in it"),
                row("endpoint", "admin:hunter2@jaeger:4317", "a user and password"),
                row("url", "https://api.example.com/v1?api_key=abc123", "a credential in a URL parameter"),
                row("url", "https://api.example.com/v1?x=1&apikey=abc123", "a credential in a URL parameter"),
                row("url", "https://api.example.com/v1?token=abc123", "a credential in a URL parameter"),
                row("url", "https://example.com/cb#access_token=abc123&token_type=bearer",
                        "a credential in a URL parameter"),
                row("url", "https://example.com/login;password=hunter2", "a credential in a URL parameter"),
                row("url", "https://example.com/x?secret=abc", "a credential in a URL parameter"),
                row("url", "https://example.blob.core.windows.net/c?sv=2022-11-02&sig=AbC%2Bd", "a credential in a URL"
                        + " parameter"));
    }

    static Stream<Arguments> noCredentials() {
        return Stream.of(
                row("runbook_url", "https://gitops.example.com/metaflow/observability/-/blob/main/generated/runbooks/"
                        + "metaflow-run-failures.md", null),
                row("url", "https://grafana.example.com/d/metaflow-flow?var-flow=${flow}&var-step=$step&from=now-6h",
                        null),
                row("url", "https://grafana.example.com/d/x?var-job=${__field.labels.job}&${__url_time_range}", null),
                row("description", "Queue {{ $labels.queue }} holds {{ $value }} items.", null),
                row("expr", "sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m])) / sum by (job) (rate("
                        + "http_requests_total[5m])) > 0.05", null),
                row("channel", "#metaflow-alerts", null),
                row("passwordVariable", "ES_PASSWORD", null),
                row("url", "https://${ES_USER}:${ES_PASSWORD}@elasticsearch:9200", null),
                row("url", "https://api.example.com/v1?api_key=${API_KEY}&token={{ .Token }}&sig=<signature>", null),
                row("url", "https://api.example.com/v1?token=$token", null),
                row("header", "Authorization: Bearer ${TOKEN}", null),
                row("description", "Basic authentication protects the Bearer tokens of the API.", null),
                row("description", "fixed by commit 3f786850e387550fdab836ed7e6dc881de23001b in aws-infra", null),
                row("commit", "3f786850e387550fdab836ed7e6dc881de23001b", null),
                row("description", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", null),
                row("uid", "a3f786850e387550fdab836ed7e6dc88", null),
                row("path", "/run/secrets/slack-webhook-url", null),
                row("url", "https://hooks.slack.com/services/${SLACK_WEBHOOK}", null),
                row("description", "AKIA is the prefix of an AWS access key id.", null),
                row("timestamp", "2026-01-24T10:30:00.123Z", null),
                row("description", "Contact ops@example.com, or page https://example.pagerduty.com/services/PX1",
                        null));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource({"credentials", "noCredentials"})
    void findsTheShapeOfACredential(String field, String text, String shape) {
        assertEquals(Optional.ofNullable(shape), SecretShapes.find(field, text));
    }

    private static Arguments row(String field, String text, String shape) {
        return Arguments.of(field, text, shape);
    }
}
