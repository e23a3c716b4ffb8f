package dev.obsgen.core.render.alertmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Email;
import dev.obsgen.model.alerting.Inhibition;
import dev.obsgen.model.alerting.Matcher;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Webhook;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rendered resource, read back from its YAML, against the v1alpha1 AlertmanagerConfig schema: as published
 * (types, required fields, enums, patterns) and strict (no field the CRD does not have; see
 * {@link AlertmanagerConfigSchema}). Each broken variant shows that the check can fail, and on what.
 */
class AlertmanagerConfigResourceSchemaTest {
    private static JsonNode rendered(Observability team) throws IOException {
        return YamlFormat.mapper().readTree(AlertmanagerConfigResourceGoldenTest.render(team));
    }

    private static JsonNode rendered() throws IOException {
        return rendered(TeamRoutingModel.model());
    }

    private static ObjectNode slack(JsonNode resource) {
        return (ObjectNode) resource.at("/spec/receivers/1/slackConfigs/0");
    }

    @Test
    void theTeamResourceSatisfiesTheSchemaStrictly() throws IOException {
        assertEquals(List.of(), AlertmanagerConfigSchema.problems(AlertmanagerConfigSchema.strict(), rendered()));
    }

    @Test
    void everyIntegrationAndMatchTypeSatisfiesTheSchemaStrictly() throws IOException {
        Observability team = TeamRoutingModel.team(TeamRoutingModel.policy()
                .withReceiver(Receiver.named("training-mail",
                        Email.to("training@example.com").from("am@example.com").smarthost("smtp:587")
                                .auth("am", "/run/secrets/training-smtp-password"),
                        Webhook.url("https://hooks.example.com/training")))
                .withInhibition(new Inhibition(
                        List.of(new Matcher("alertname", Matcher.Op.RE, "Node.*"),
                                new Matcher("cluster", Matcher.Op.NE, "")),
                        List.of(new Matcher("alertname", Matcher.Op.NRE, "Watchdog|InfoInhibitor")),
                        List.of("cluster")))
                .build());
        JsonNode resource = rendered(team);
        assertEquals(List.of(), AlertmanagerConfigSchema.problems(AlertmanagerConfigSchema.strict(), resource));
        assertEquals("training-smtp-password",
                resource.at("/spec/receivers/2/emailConfigs/0/authPassword/key").asText());
        assertEquals("https://hooks.example.com/training", resource.at("/spec/receivers/2/webhookConfigs/0/url").asText());
    }

    @Test
    void aFieldTheCrdDoesNotHaveIsPrunedByThePublishedSchemaAndRefusedByTheStrictOne() throws IOException {
        JsonNode resource = rendered();
        ObjectNode slack = slack(resource);
        slack.set("apiUrl", slack.remove("apiURL"));
        assertEquals(List.of(), AlertmanagerConfigSchema.problems(AlertmanagerConfigSchema.asPublished(), resource),
                "the CRD schema lets unknown fields through; Kubernetes drops them");
        List<String> problems = AlertmanagerConfigSchema.problems(AlertmanagerConfigSchema.strict(), resource);
        assertTrue(problems.stream().anyMatch(p -> p.contains("apiUrl")), problems.toString());
    }

    @Test
    void aSecretReferenceWithoutItsKeyIsRefused() throws IOException {
        JsonNode resource = rendered();
        ((ObjectNode) slack(resource).get("apiURL")).remove("key");
        List<String> problems = AlertmanagerConfigSchema.problems(AlertmanagerConfigSchema.asPublished(), resource);
        assertTrue(problems.stream().anyMatch(p -> p.contains("apiURL") && p.contains("key")), problems.toString());
    }

    @Test
    void aMatchTypeOutsideTheCrdsFourIsRefused() throws IOException {
        JsonNode resource = rendered();
        ((ObjectNode) resource.at("/spec/inhibitRules/0/sourceMatch/0")).put("matchType", "==");
        List<String> problems = AlertmanagerConfigSchema.problems(AlertmanagerConfigSchema.asPublished(), resource);
        assertTrue(problems.stream().anyMatch(p -> p.contains("sourceMatch[0].matchType")), problems.toString());
    }

    @Test
    void aWeekdayRangeInAnotherSpellingIsRefused() throws IOException {
        JsonNode resource = rendered();
        ObjectNode interval = (ObjectNode) resource.at("/spec/muteTimeIntervals/0/timeIntervals/0");
        interval.putArray("weekdays").add("mon-fri");
        List<String> problems = AlertmanagerConfigSchema.problems(AlertmanagerConfigSchema.asPublished(), resource);
        assertTrue(problems.stream().anyMatch(p -> p.contains("weekdays[0]")), problems.toString());
    }

    @Test
    void aFieldOfTheWrongTypeIsRefused() throws IOException {
        JsonNode resource = rendered();
        slack(resource).put("sendResolved", "yes");
        List<String> problems = AlertmanagerConfigSchema.problems(AlertmanagerConfigSchema.asPublished(), resource);
        assertTrue(problems.stream().anyMatch(p -> p.contains("sendResolved") && p.contains("boolean")),
                problems.toString());
    }
}
