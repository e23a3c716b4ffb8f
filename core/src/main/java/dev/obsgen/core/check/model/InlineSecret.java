package dev.obsgen.core.check.model;

import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Email;
import dev.obsgen.model.alerting.Integration;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.SecretFile;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.Webhook;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Generated files are committed to a repository: a secret written into one is leaked. Secrets are referenced by
 * {@code *_file} paths only, and no other string may look like a credential.
 */
public final class InlineSecret implements ModelCheck {
    private static final Map<String, Pattern> SECRET_SHAPES = Map.of(
            "a URL with a password in it", Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@"),
            "a Slack webhook URL", Pattern.compile("hooks\\.slack\\.com/(services|workflows)/"),
            "a Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"),
            "a credential in a query string", Pattern.compile("[?&](?i:token|key|secret|password|passwd|api_key|apikey|sig)=[^&\\s]+"),
            "a PagerDuty routing key", Pattern.compile("\\b[a-zA-Z0-9]{32}\\b"));

    @Override
    public String id() {
        return "secret/inline";
    }

    @Override
    public String summary() {
        return "No secret is written into a generated file; secrets are referenced by *_file paths.";
    }

    @Override
    public String example() {
        return "Slack.channel(\"#ops\", \"https://hooks.slack.com/services/T0/B0/XXXX\")";
    }

    @Override
    public String fix() {
        return "Put the secret in a mounted file and give its path: Slack.channel(\"#ops\", \"/etc/alertmanager/secrets/slack-url\").";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        if (model.notifications() != null) {
            for (Receiver receiver : model.notifications().receivers()) {
                for (Integration integration : receiver.integrations()) {
                    checkIntegration(Elements.receiver(receiver.name()), integration, findings);
                }
            }
        }
        for (RuleGroup group : model.ruleGroups()) {
            for (AlertRule alert : group.alerts()) {
                String element = Elements.alert(group, alert);
                scan(element, "summary", alert.summary(), findings);
                scan(element, "description", alert.description(), findings);
                alert.annotations().forEach((name, value) -> scan(element, "annotation '" + name + "'", value, findings));
                alert.labels().forEach((name, value) -> scan(element, "label '" + name + "'", value, findings));
            }
        }
    }

    private static void checkIntegration(String element, Integration integration, FindingSink findings) {
        if (integration instanceof PagerDuty pagerDuty) {
            secretFile(element, "PagerDuty routing_key_file", pagerDuty.routingKeyFile(), findings);
            scan(element, "PagerDuty url", pagerDuty.url(), findings);
        } else if (integration instanceof Slack slack) {
            secretFile(element, "Slack api_url_file", slack.apiUrlFile(), findings);
            scan(element, "Slack channel", slack.channel(), findings);
        } else if (integration instanceof Email email) {
            secretFile(element, "email auth_password_file", email.authPasswordFile(), findings);
            for (String value : List.of(email.to(), email.from(), email.smarthost())) {
                scan(element, "email settings", value, findings);
            }
        } else if (integration instanceof Webhook webhook) {
            scan(element, "webhook url", webhook.url(), findings);
        }
    }

    private static void secretFile(String element, String what, SecretFile file, FindingSink findings) {
        if (file == null) {
            return;
        }
        String path = file.path();
        if (path.contains("://") || !path.startsWith("/") || path.chars().anyMatch(Character::isWhitespace)) {
            findings.report(element, what + " must be the absolute path of a mounted file holding the secret, not the secret"
                    + " itself: got a value that is not an absolute path");
        }
    }

    private static void scan(String element, String what, String value, FindingSink findings) {
        if (value == null) {
            return;
        }
        for (Map.Entry<String, Pattern> shape : SECRET_SHAPES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            if (shape.getValue().matcher(value).find()) {
                findings.report(element, what + " contains " + shape.getKey()
                        + "; keep secrets in files and reference them with a *_file setting");
                return;
            }
        }
    }
}
