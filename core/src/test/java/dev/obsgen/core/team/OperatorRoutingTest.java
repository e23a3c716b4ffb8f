package dev.obsgen.core.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.PagerDuty;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.alerting.Slack;
import dev.obsgen.model.alerting.TimeInterval;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A team's routing must fit the AlertmanagerConfig resource, or its build says why before anything renders. */
class OperatorRoutingTest {
    private static final Observability PLATFORM = SampleModel.model();

    private static Observability team(String slackFile, String pagerFile, String zone) {
        return Observability.team("ops").on(PLATFORM)
                .notifications(NotificationPolicy.builder().defaultReceiver("ops-slack")
                        .withRoute(SeverityRoute.always(Severity.CRITICAL, "ops-pager"))
                        .withRoute(SeverityRoute.during(Severity.WARNING, "ops-slack", "ops-hours"))
                        .withRoute(SeverityRoute.always(Severity.INFO, "ops-slack"))
                        .withReceiver(Receiver.named("ops-pager", PagerDuty.routingKeyFile(pagerFile)))
                        .withReceiver(Receiver.named("ops-slack", Slack.channel("#ops", slackFile)))
                        .withTimeInterval(TimeInterval.weekdays("ops-hours", "monday:friday", "08:00", "18:00", zone))
                        .build())
                .build();
    }

    private static List<String> errors(Observability team) {
        ModelRejectedException e = assertThrows(ModelRejectedException.class,
                () -> Generation.standard().render(team, RenderSettings.of("ops")));
        return e.findings().stream().filter(Finding::isError).map(Finding::format).toList();
    }

    @Test
    void twoSecretFilesWithOneNameWouldShareAKey() {
        assertEquals(List.of("error[team/operator-routing] receiver 'ops-slack' of team 'ops': reads secret file "
                + "'/run/b/url', which has the name of '/run/a/url': both would be key 'url' of Secret "
                + "ops-alertmanager-secrets"), errors(team("/run/b/url", "/run/a/url", "UTC")));
    }

    @Test
    void aSecretFileNameMustBeASecretKey() {
        assertEquals(List.of("error[team/operator-routing] receiver 'ops-pager' of team 'ops': reads secret file "
                        + "'/run/pager key', whose name cannot be a key of Secret ops-alertmanager-secrets (letters, "
                        + "digits, '-', '_' and '.')"),
                errors(team("/run/slack-url", "/run/pager key", "UTC")));
    }

    @Test
    void anIntervalOutsideUtcIsAWarning() {
        List<String> warnings = Generation.standard()
                .render(team("/run/slack-url", "/run/pager-key", "Europe/Berlin"), RenderSettings.of("ops"))
                .warnings().stream().map(Finding::format).toList();
        assertEquals(List.of("warning[team/operator-routing] time interval 'ops-hours' of team 'ops': is in "
                + "Europe/Berlin, and the AlertmanagerConfig resource has no time zone: the operator reads its times "
                + "in UTC (alertmanager.yml keeps the zone)"), warnings);
    }
}
