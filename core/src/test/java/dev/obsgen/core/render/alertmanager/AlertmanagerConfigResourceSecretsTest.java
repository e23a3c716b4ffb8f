package dev.obsgen.core.render.alertmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.core.check.secret.SecretShapes;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Email;
import dev.obsgen.model.alerting.Integration;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.SecretFile;
import dev.obsgen.model.alerting.Slack;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * No secret and no secret path is written: every secret of the model becomes a reference to a key of the team's
 * Secret, the key being the file's name.
 */
class AlertmanagerConfigResourceSecretsTest {
    private static final String SECRET = "training-alertmanager-secrets";

    /** The team's model with a mail receiver added, so each kind of secret the model has is present. */
    private static Observability team() {
        return TeamRoutingModel.team(TeamRoutingModel.policy()
                .withReceiver(Receiver.named("training-mail", Email.to("training@example.com").from("am@example.com")
                        .smarthost("smtp:587").auth("am", "/run/secrets/training-smtp-password")))
                .build());
    }

    private static List<SecretFile> secretFiles(Observability team) {
        List<SecretFile> files = new ArrayList<>();
        for (Receiver receiver : team.notifications().receivers()) {
            for (Integration integration : receiver.integrations()) {
                if (integration instanceof PagerDuty p) {
                    files.add(p.routingKeyFile());
                } else if (integration instanceof Slack s) {
                    files.add(s.apiUrlFile());
                } else if (integration instanceof Email e && e.authPasswordFile() != null) {
                    files.add(e.authPasswordFile());
                }
            }
        }
        return files;
    }

    @Test
    void noSecretPathIsWritten() {
        Observability team = team();
        String yaml = AlertmanagerConfigResourceGoldenTest.render(team);
        assertEquals(3, secretFiles(team).size());
        for (SecretFile file : secretFiles(team)) {
            assertFalse(yaml.contains(file.path()), file.path() + " is written into the resource");
        }
        assertFalse(yaml.contains("/run/secrets"), yaml);
        assertFalse(yaml.contains("_file"), yaml);
    }

    @Test
    void noWrittenValueLooksLikeACredential() throws IOException {
        Map<String, String> scalars = new TreeMap<>();
        collect("", YamlFormat.mapper().readTree(AlertmanagerConfigResourceGoldenTest.render(team())), scalars);
        assertFalse(scalars.isEmpty());
        scalars.forEach((where, value) -> {
            String field = fieldOf(where);
            Optional<String> shape = SecretShapes.find(field, value);
            assertTrue(shape.isEmpty(), where + " holds " + shape.orElse("") + ": " + value);
        });
    }

    @Test
    void everySecretIsAKeyOfTheTeamsSecretNamedAfterItsFile() throws IOException {
        JsonNode spec = YamlFormat.mapper().readTree(AlertmanagerConfigResourceGoldenTest.render(team())).get("spec");
        assertEquals(SECRET, AlertmanagerConfigResourceRenderer.secretName(team()));
        assertSelector(spec.at("/receivers/0/pagerdutyConfigs/0/routingKey"), "training-pagerduty-key");
        assertSelector(spec.at("/receivers/1/slackConfigs/0/apiURL"), "training-slack-url");
        assertSelector(spec.at("/receivers/2/emailConfigs/0/authPassword"), "training-smtp-password");
    }

    private static void assertSelector(JsonNode selector, String key) {
        assertTrue(selector.isObject(), selector + " is not a Secret key reference");
        assertEquals(List.of("name", "key"), fieldNames(selector));
        assertEquals(SECRET, selector.get("name").asText());
        assertEquals(key, selector.get("key").asText());
    }

    @Test
    void twoFilesOfTheSameNameAreRefusedNotMerged() {
        Observability team = TeamRoutingModel.team(TeamRoutingModel.policy()
                .withReceiver(Receiver.named("other-chat", Slack.channel("#other", "/etc/alertmanager/training-slack-url")))
                .build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlertmanagerConfigResourceGoldenTest.render(team));
        assertTrue(e.getMessage().contains(TeamRoutingModel.SLACK_URL_FILE)
                && e.getMessage().contains("/etc/alertmanager/training-slack-url"), e.getMessage());
    }

    @Test
    void theSameFileUsedTwiceIsOneKey() {
        Observability team = TeamRoutingModel.team(TeamRoutingModel.policy()
                .withReceiver(Receiver.named("second-chat", Slack.channel("#second", TeamRoutingModel.SLACK_URL_FILE)))
                .build());
        String yaml = AlertmanagerConfigResourceGoldenTest.render(team);
        assertEquals(2, yaml.split("key: training-slack-url\n", -1).length - 1, yaml);
    }

    @Test
    void aFileNameThatCannotBeASecretKeyIsRefused() {
        Observability team = TeamRoutingModel.team(TeamRoutingModel.policy()
                .withReceiver(Receiver.named("odd", PagerDuty.routingKeyFile("/run/secrets/pager key")))
                .build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlertmanagerConfigResourceGoldenTest.render(team));
        assertTrue(e.getMessage().contains("'/run/secrets/pager key'"), e.getMessage());
    }

    private static void collect(String where, JsonNode node, Map<String, String> out) {
        if (node.isValueNode()) {
            out.put(where, node.asText());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(where + "/" + i, node.get(i), out);
            }
        } else {
            node.fields().forEachRemaining(field -> collect(where + "/" + field.getKey(), field.getValue(), out));
        }
    }

    /** The name of the field a value is in: for an element of a list, the list's name. */
    private static String fieldOf(String where) {
        String[] segments = where.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].chars().allMatch(Character::isDigit)) {
                return segments[i];
            }
        }
        return "";
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
