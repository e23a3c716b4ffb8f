package dev.obsgen.core.check.team;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CompositionCheck;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.render.alertmanager.AlertmanagerConfigResourceRenderer;
import dev.obsgen.core.render.alertmanager.SecretKeys;
import dev.obsgen.core.team.Composition;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.TimeInterval;
import java.util.HashMap;
import java.util.Map;

/**
 * A team's routing also becomes an {@code AlertmanagerConfig}, whose secrets are keys of one Kubernetes Secret named
 * by the files' names, and whose time intervals have no time zone. A file name that cannot be a key, or two files
 * with one name, cannot be written; an interval in a zone other than UTC would shift there.
 */
@CheckDefinition(
        id = "team/operator-routing",
        severity = FindingSeverity.ERROR,
        summary = "A team's routing fits the AlertmanagerConfig resource: secret file names are distinct Secret keys; "
                + "time intervals outside UTC are flagged, since the resource has no time zone.",
        example = "Slack.channel(\"#t\", \"/a/url\") and PagerDuty.routingKeyFile(\"/b/url\") in one team, or "
                + "TimeInterval.weekdays(\"hours\", \"monday:friday\", \"08:00\", \"18:00\", \"Europe/Berlin\")",
        fix = "Give each secret file its own name of letters, digits, '-', '_' and '.'; give a team's time intervals "
                + "in UTC, or accept that the operator reads them in UTC.")
public final class OperatorRouting implements CompositionCheck {
    @Override
    public void check(Composition composition, FindingSink findings) {
        for (Observability team : composition.teams()) {
            if (team.notifications() == null) {
                continue;
            }
            String owner = " of " + Composition.owner(team);
            String secret = AlertmanagerConfigResourceRenderer.secretName(team);
            Map<String, String> pathByKey = new HashMap<>();
            for (Receiver receiver : team.notifications().receivers()) {
                for (String file : TeamConflict.secretFiles(receiver)) {
                    String key = SecretKeys.keyOf(file);
                    String element = Elements.receiver(receiver.name()) + owner;
                    if (!SecretKeys.isKey(key)) {
                        findings.report(element, "reads secret file '" + file + "', whose name cannot be a key "
                                + "of Secret " + secret + " (letters, digits, '-', '_' and '.')");
                        continue;
                    }
                    String earlier = pathByKey.putIfAbsent(key, file);
                    if (earlier != null && !earlier.equals(file)) {
                        findings.report(element, "reads secret file '" + file + "', which has the name of '"
                                + earlier + "': both would be key '" + key + "' of Secret " + secret);
                    }
                }
            }
            for (TimeInterval interval : team.notifications().timeIntervals()) {
                if (interval.location() != null && !interval.location().equals("UTC")) {
                    findings.report(FindingSeverity.WARNING, "time interval '" + interval.name() + "'" + owner,
                            "is in " + interval.location() + ", and the AlertmanagerConfig resource has no time zone: "
                                    + "the operator reads its times in UTC (alertmanager.yml keeps the zone)");
                }
            }
        }
    }
}
