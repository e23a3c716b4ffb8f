package dev.obsgen.core.check.secret;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelValue;
import dev.obsgen.core.check.ValueCheck;
import dev.obsgen.model.alerting.SecretFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Generated files are committed to a repository: a secret written into one is leaked. Every text of the model, in
 * whatever field, is held against the known shapes of credentials ({@link SecretShapes}); secrets are referenced by
 * {@code *_file} paths, which must be absolute paths, or by environment variables.
 */
@CheckDefinition(
        id = "secret/inline",
        severity = FindingSeverity.ERROR,
        summary = "No text of the model holds a credential; secrets are referenced by *_file paths or environment"
                + " variables.",
        example = "Slack.channel(\"#ops\", \"https://hooks.slack.com/services/T0/B0/XXXX\")",
        fix = "Put the secret in a mounted file and give its path: Slack.channel(\"#ops\","
                + " \"/etc/alertmanager/secrets/slack-url\");"
                + " elsewhere refer to it by an environment variable or leave it out.")
public final class InlineSecret implements ValueCheck {
    @Override
    public Consumer<ModelValue> visitor(FindingSink findings) {
        // Most texts of a large model recur (a description, a job, a label value in every alert and scenario): each
        // is held against the shapes once a walk under each field name it has. The names are few, and a text and its
        // name are mostly the very strings seen before, which the maps compare first.
        Map<String, Map<String, Optional<String>>> looked = new HashMap<>();
        return value -> {
            if (value.value() instanceof SecretFile file) {
                secretFile(value, file, findings);
            } else if (value.value() instanceof String text && SecretShapes.mayHold(text)
                    && !(value.owner() instanceof SecretFile)) {
                String name = value.name();
                looked.computeIfAbsent(name, n -> new HashMap<>())
                        .computeIfAbsent(text, t -> SecretShapes.find(name, t))
                        .ifPresent(shape -> findings.report(value.element(), value.field() + " contains " + shape
                                + "; keep secrets out of the model and refer to them with a *_file setting or an"
                                + " environment variable"));
            }
        };
    }

    private static void secretFile(ModelValue value, SecretFile file, FindingSink findings) {
        String path = file.path();
        if (path == null) {
            return;
        }
        if (path.contains("://") || !path.startsWith("/") || path.chars().anyMatch(Character::isWhitespace)) {
            findings.report(value.element(), value.field() + " must be the absolute path of a mounted file holding the"
                    + " secret, not the secret itself: got a value that is not an absolute path");
        }
    }
}
