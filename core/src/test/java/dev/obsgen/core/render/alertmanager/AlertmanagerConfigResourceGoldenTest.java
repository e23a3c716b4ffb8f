package dev.obsgen.core.render.alertmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.core.Goldens;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.TimeInterval;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The team's AlertmanagerConfig, byte for byte against
 * {@code src/test/resources/golden/team-alertmanagerconfig/}. After an intended change, rewrite the golden with
 * {@code mvn test -Pupdate-goldens} (which sets {@code obsgen.update.goldens=true}) and review the diff.
 */
class AlertmanagerConfigResourceGoldenTest {
    private static final RenderSettings SETTINGS =
            RenderSettings.of("dev.obsgen.core.render.alertmanager.TeamRoutingModel");

    static String render(Observability team) {
        List<GeneratedFile> files = new AlertmanagerConfigResourceRenderer().render(team, SETTINGS);
        assertEquals(1, files.size());
        return files.get(0).text();
    }

    @Test
    void teamRoutingMatchesItsGolden() throws IOException {
        Observability team = TeamRoutingModel.model();
        List<GeneratedFile> files = new AlertmanagerConfigResourceRenderer().render(team, SETTINGS);
        assertEquals(1, files.size());
        assertEquals("kubernetes/training-alertmanagerconfig.yaml", files.get(0).path());
        assertEquals(AlertmanagerConfigResourceRenderer.path(team), files.get(0).path());
        Goldens.assertMatches("team-alertmanagerconfig/" + files.get(0).path(), files.get(0).text());
    }

    @Test
    void theSameModelGivesTheSameBytes() {
        assertEquals(render(TeamRoutingModel.model()), render(TeamRoutingModel.model()));
    }

    @Test
    void aPlatformModelRendersNothing() {
        assertTrue(new AlertmanagerConfigResourceRenderer().render(SampleModel.model(), SETTINGS).isEmpty());
    }

    @Test
    void aTeamWithoutNotificationsRendersNothing() {
        Observability team = Observability.team("training").on(SampleModel.model()).build();
        assertTrue(new AlertmanagerConfigResourceRenderer().render(team, SETTINGS).isEmpty());
    }

    @Test
    void theTopRouteMatchesThePlatformsOwnerLabel() {
        Observability team = Observability.team("training").namespace("ml-training")
                .on(SampleModel.builder().prometheus(SampleModel.model().prometheus().withOwnerLabel("squad")))
                .notifications(TeamRoutingModel.policy().build())
                .build();
        String yaml = render(team);
        assertTrue(yaml.contains("""
                    matchers:
                      - name: squad
                        value: training
                """), yaml);
    }

    @Test
    void anIntervalKeepsItsClockTimesAndLosesItsZone() throws IOException {
        Observability team = TeamRoutingModel.team(TeamRoutingModel.policy()
                .withTimeInterval(TimeInterval.weekdays("berlin-hours", "monday:friday", "09:00", "17:00",
                        "Europe/Berlin"))
                .build());
        JsonNode interval = YamlFormat.mapper().readTree(render(team)).at("/spec/muteTimeIntervals/1");
        assertEquals("berlin-hours", interval.get("name").asText());
        assertEquals("09:00", interval.at("/timeIntervals/0/times/0/startTime").asText());
        assertEquals("17:00", interval.at("/timeIntervals/0/times/0/endTime").asText());
        assertFalse(render(team).contains("Europe/Berlin"), "the CRD has no field for a location");
    }
}
