package dev.obsgen.it.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.check.Finding;
import dev.obsgen.definitions.metaflow.MetaflowNotifications;
import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.it.teams.MetaflowTeams;
import dev.obsgen.it.teams.ServingTeam;
import dev.obsgen.it.teams.TrainingTeam;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Receiver;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Metaflow platform composed with the training and serving teams into one tree, through the real promtool and
 * amtool: every owner's rule files load and their tests pass (the teams' tests reading the platform's rule files),
 * the one {@code prometheus.yml} loads every owner's rules, and the one {@code alertmanager.yml} sends each team's
 * alerts to that team's receivers and every other alert through the platform's routes. Two owners using one name
 * are refused before anything is written.
 */
class TeamComposedTreeIT {
    /** The platform's rule groups, its SLOs' among them, each a file of its own. */
    private static final List<String> PLATFORM_GROUPS = dev.obsgen.core.slo.SloRules
            .expand(MetaflowObservability.model().build()).ruleGroups().stream().map(RuleGroup::name).toList();
    private static final List<String> RULE_FILES = java.util.stream.Stream.concat(
                    PLATFORM_GROUPS.stream().map(name -> "prometheus/rules/" + name + ".yml"),
                    Stream.of("teams/serving/prometheus/rules/serving-alerts.yml",
                            "teams/serving/prometheus/rules/serving-slo.yml",
                            "teams/training/prometheus/rules/training-alerts.yml"))
            .sorted().toList();
    private static final List<String> TEAM_TESTS = List.of(
            "teams/serving/prometheus/tests/serving-alerts.test.yml",
            "teams/serving/prometheus/tests/serving-slo.test.yml",
            "teams/training/prometheus/tests/training-alerts.test.yml");

    private static Tool promtool;
    private static Tool amtool;
    private static Path tree;

    @TempDir
    static Path composed;

    @TempDir
    Path scratch;

    @BeforeAll
    static void composeAndFindTools() {
        promtool = Tool.require("promtool", "prometheus");
        amtool = Tool.require("amtool", "prometheus-alertmanager");
        Observability platform = Outputs.withKubernetesJobsAsStaticTargets(MetaflowObservability.model().build());
        tree = Outputs.compose(MetaflowTeams.on(platform), composed.resolve("tree"));
    }

    @Test
    void everyOwnersRuleFilePassesCheckRules() throws Exception {
        assertEquals(RULE_FILES, relative(filesUnder(tree, "/prometheus/rules/", ".yml")));
        for (String file : RULE_FILES) {
            Path path = tree.resolve(file);
            Tool.Result result = promtool.run(path.getParent(), "check", "rules", path.getFileName().toString())
                    .assertSuccess();
            assertTrue(result.output().contains("SUCCESS: "), result.output());
        }
    }

    @Test
    void everyOwnersRuleTestPassesRunFromItsFolder() throws Exception {
        List<String> tests = relative(filesUnder(tree, "/prometheus/tests/", ".test.yml"));
        assertTrue(tests.containsAll(TEAM_TESTS), "the teams' tests are missing: " + tests);
        assertEquals(PLATFORM_GROUPS.size() + TEAM_TESTS.size(), tests.size(),
                "a test file per rule group of every owner: " + tests);
        for (String test : tests) {
            Path path = tree.resolve(test);
            Tool.Result result = promtool.run(path.getParent(), "test", "rules", path.getFileName().toString())
                    .assertSuccess();
            assertTrue(result.output().contains("SUCCESS"), test + ": " + result.output());
        }
    }

    /**
     * The serving team's tests load the platform's {@code metaflow-red} rule file, whose recorded series the team's
     * rule reads: with that rule broken in the platform's file, the team's tests fail. So they test the team's
     * rules on the platform's real rules, not on a copy of their own.
     */
    @Test
    void theServingTestsFailWhenThePlatformRuleTheyReadIsBroken() throws Exception {
        String platformRules = "prometheus/rules/" + ServingTeam.PLATFORM_RECORDING_GROUP + ".yml";
        Path copy = scratch.resolve("tree");
        for (String file : List.of(platformRules, "teams/serving/prometheus/rules/serving-slo.yml",
                "teams/serving/prometheus/rules/serving-alerts.yml",
                "teams/serving/prometheus/tests/serving-slo.test.yml")) {
            Files.createDirectories(copy.resolve(file).getParent());
            Files.copy(tree.resolve(file), copy.resolve(file));
        }
        String test = Files.readString(copy.resolve("teams/serving/prometheus/tests/serving-slo.test.yml"));
        assertTrue(test.contains("- ../../../../" + platformRules + "\n"), test);
        Path broken = copy.resolve(platformRules);
        String rules = Files.readString(broken);
        String failed = "rate(metaflow_steps_total{status=\"failed\"}[5m])";
        assertTrue(rules.contains(failed), rules);
        Files.writeString(broken, rules.replace(failed, "rate(metaflow_steps_total{status=\"completed\"}[5m])"));

        Tool.Result result = promtool.run(copy.resolve("teams/serving/prometheus/tests"), "test", "rules",
                "serving-slo.test.yml");
        assertEquals(1, result.status(), result.output());
        assertTrue(result.output().contains(ServingTeam.SUCCESS_RATIO), result.output());
    }

    @Test
    void thePrometheusConfigLoadsEveryOwnersRuleFiles() throws Exception {
        Tool.Result result = promtool.run(tree.resolve("prometheus"), "check", "config", "prometheus.yml")
                .assertSuccess();
        assertTrue(result.output().contains("SUCCESS: " + RULE_FILES.size() + " rule files found"), result.output());
        for (String file : RULE_FILES) {
            String fromConfig = file.startsWith("teams/") ? "../" + file : file.substring("prometheus/".length());
            assertTrue(result.output().contains("Checking " + fromConfig + "\n"), fromConfig + "\n" + result.output());
        }
    }

    @Test
    void theAlertmanagerConfigPassesCheckConfigWithEveryOwnersReceivers() throws Exception {
        Tool.Result result = amtool.run(tree, "check-config", "alertmanager/alertmanager.yml").assertSuccess();
        assertTrue(result.output().contains("SUCCESS"), result.output());
        // Three of the platform, two of each team; one inhibition of the platform's and one of the serving team's.
        assertTrue(result.output().contains(" 7 receivers"), result.output());
        assertTrue(result.output().contains(" 2 inhibit rules"), result.output());
    }

    @ParameterizedTest(name = "{0} goes to {1}")
    @CsvSource(delimiter = '|', value = {
        "team=serving severity=critical  | " + ServingTeam.PAGER,
        "team=serving severity=warning   | " + ServingTeam.SLACK,
        "team=serving severity=info      | " + ServingTeam.SLACK,
        "team=serving                    | " + ServingTeam.SLACK,
        "team=training severity=critical | " + TrainingTeam.SLACK,
        "team=training severity=warning  | " + TrainingTeam.SLACK,
        "team=training severity=info     | " + TrainingTeam.QUIET,
        "severity=critical               | " + MetaflowNotifications.CRITICAL,
        "severity=warning                | " + MetaflowNotifications.WARNING,
        "severity=info                   | " + MetaflowNotifications.DASHBOARD_ONLY,
        "team=search severity=critical   | " + MetaflowNotifications.CRITICAL})
    void eachOwnersAlertRoutesToItsReceiver(String labels, String receiver) throws Exception {
        assertEquals(receiver, route(receiver, labels.split(" +")));
    }

    /**
     * Every alert the teams' rule files hold, with the labels obsgen rendered on it (the owner label included),
     * reaches the receiver its team routes its severity to. An alert added to a team without an expectation here
     * fails the test.
     */
    @Test
    void everyRenderedTeamAlertRoutesToItsTeamsReceiver() throws Exception {
        Map<String, String> expected = Map.of(
                ServingTeam.STEPS_FAILING, ServingTeam.PAGER,
                ServingTeam.STEPS_DEGRADED, ServingTeam.SLACK,
                TrainingTeam.RETRIES_RISING, TrainingTeam.SLACK);
        Map<String, String> routed = new TreeMap<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (Path file : filesUnder(tree.resolve("teams"), "/prometheus/rules/", ".yml")) {
            String team = tree.resolve("teams").relativize(file).getName(0).toString();
            for (JsonNode group : yaml.readTree(file.toFile()).path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                    if (!rule.has("alert")) {
                        continue;
                    }
                    String alert = rule.path("alert").asText();
                    assertEquals(team, rule.path("labels").path("team").asText(), () -> alert + " in " + file);
                    List<String> labels = new ArrayList<>(List.of("alertname=" + alert));
                    rule.path("labels").fields().forEachRemaining(l -> labels.add(l.getKey() + "=" + l.getValue().asText()));
                    String receiver = expected.getOrDefault(alert, "no expectation for " + alert);
                    routed.put(alert, route(receiver, labels.toArray(String[]::new)));
                }
            }
        }
        assertEquals(new TreeMap<>(expected), routed);
    }

    @Test
    void aWrongExpectationFailsTheVerification() throws Exception {
        Tool.Result result = amtool.run(tree, "config", "routes", "test", "--config.file=alertmanager/alertmanager.yml",
                "--verify.receivers=" + MetaflowNotifications.CRITICAL, "team=serving", "severity=critical");
        assertEquals(1, result.status(), "amtool accepted a serving page routed to the platform:\n" + result.output());
    }

    @Test
    void aTeamAlertNamedLikeAPlatformAlertIsRefusedNamingBothOwners() {
        Observability platform = MetaflowObservability.model().build();
        List<Observability> models = new ArrayList<>(MetaflowTeams.on(platform));
        models.add(Observability.team("rogue").on(platform).withRuleGroup(RuleGroup.named("rogue-alerts")
                .withRule(Rule.alert("MetadataServiceDown")
                        .expr("max(up{job=\"metaflow-metadata-service\"}) == 0")
                        .forDuration("5m")
                        .severity(Severity.CRITICAL)
                        .summary("The metadata service is down for the rogue team.")
                        .description("No metadata service instance answers.")
                        .runbook("rogue-metadata-service-down")
                        .withScenario(AlertScenario.fires("it stops answering").at("10m")
                                .withInput(Series.of("up").label("job", "metaflow-metadata-service")
                                        .label("instance", "10.0.0.1:8080").values("0x15"))
                                .withAlert(Map.of(), Map.of("description", "No metadata service instance answers.")))
                        .withScenario(AlertScenario.calm("it answers").at("10m")
                                .withInput(Series.of("up").label("job", "metaflow-metadata-service")
                                        .label("instance", "10.0.0.1:8080").values("1x15"))))
                .build()).build());

        Finding conflict = refused(models, scratch.resolve("rogue-alert"));
        assertTrue(conflict.element().startsWith("alert 'MetadataServiceDown'") && conflict.element().endsWith(
                "of team 'rogue'"), conflict::format);
        assertTrue(conflict.message().contains("alert 'MetadataServiceDown' in group 'metaflow-critical' of platform "
                + "'metaflow'"), conflict::format);
    }

    @Test
    void aTeamReceiverNamedLikeAnotherTeamsIsRefusedNamingBothOwners() {
        Observability platform = MetaflowObservability.model().build();
        List<Observability> models = new ArrayList<>(MetaflowTeams.on(platform));
        // Teams are composed in the order of their names, so the later one, 'sneaky', is the one refused.
        models.add(Observability.team("sneaky").on(platform).notifications(NotificationPolicy.builder()
                .defaultReceiver(ServingTeam.PAGER)
                .withRoute(SeverityRoute.always(Severity.CRITICAL, ServingTeam.PAGER))
                .withRoute(SeverityRoute.always(Severity.WARNING, ServingTeam.PAGER))
                .withRoute(SeverityRoute.always(Severity.INFO, ServingTeam.PAGER))
                .withReceiver(Receiver.named(ServingTeam.PAGER))
                .build()).build());

        Finding conflict = refused(models, scratch.resolve("sneaky-receiver"));
        assertTrue(conflict.element().endsWith("of team 'sneaky'"), conflict::format);
        assertTrue(conflict.message().contains("receiver '" + ServingTeam.PAGER + "' of team 'serving'"),
                conflict::format);
    }

    /** Composing the models throws, writes nothing, and its one {@code team/conflict} error is returned. */
    private static Finding refused(List<Observability> models, Path directory) {
        ModelRejectedException e = assertThrows(ModelRejectedException.class, () -> Outputs.compose(models, directory));
        List<Finding> errors = e.findings().stream().filter(Finding::isError).toList();
        assertEquals(1, errors.size(), e.getMessage());
        assertEquals("team/conflict", errors.get(0).checkId(), e.getMessage());
        assertFalse(Files.exists(directory), "a refused composition wrote " + directory);
        return errors.get(0);
    }

    /**
     * A platform alert over a series that carries a team's name in the owner label (one copied from a pod's labels)
     * is still the platform's: composed, the platform's alerts set the owner label empty, which Prometheus drops, so
     * it is not routed to that team. promtool evaluates the platform's composed rule file on such a series.
     */
    @Test
    void aPlatformAlertOverASeriesWithATeamLabelStaysThePlatforms() throws Exception {
        Path tests = tree.resolve("prometheus/tests");
        Files.writeString(tests.resolve("owner-label.test.yml"), """
                rule_files:
                  - ../rules/metaflow-critical.yml
                evaluation_interval: 30s
                tests:
                  - interval: 1m
                    input_series:
                      - series: 'batch_pending_jobs{job_queue="gpu", team="serving"}'
                        values: 1500x60
                    alert_rule_test:
                      - eval_time: 45m
                        alertname: BatchQueueBacklog
                        exp_alerts:
                          - exp_labels:
                              job_queue: gpu
                              severity: warning
                            exp_annotations:
                              summary: AWS Batch queue backlog growing.
                              description: 1500 jobs have been waiting in AWS Batch queue gpu for more than 30 minutes (threshold 1000).
                              runbook_url: '""" + MetaflowObservability.RUNBOOK_URL_PATTERN.replace("%s", "scale-batch-compute")
                + "'\n");
        try {
            promtool.run(tests, "test", "rules", "owner-label.test.yml").assertSuccess();
        } finally {
            Files.delete(tests.resolve("owner-label.test.yml"));
        }
        assertTrue(Files.readString(tree.resolve("prometheus/rules/metaflow-critical.yml")).contains("team: \"\"\n"));
    }

    /**
     * The operator's base: a team that routes itself is notified by its own AlertmanagerConfig, whose route the
     * operator puts first with continue: true; the base then stops that team's alerts before the platform's routes,
     * so no one is notified twice. A team without routing of its own, and the platform, go the platform's way.
     */
    @ParameterizedTest(name = "{0} goes to {1} in the operator's base")
    @CsvSource(delimiter = '|', value = {
        "team=serving severity=critical  | routed-by-team",
        "team=training severity=critical | routed-by-team",
        "severity=critical               | " + MetaflowNotifications.CRITICAL,
        "severity=warning                | " + MetaflowNotifications.WARNING,
        "team=search severity=critical   | " + MetaflowNotifications.CRITICAL})
    void theOperatorBaseLeavesTeamsThatRouteThemselvesToTheirOwnResources(String labels, String receiver)
            throws Exception {
        amtool.run(tree, "check-config", "alertmanager/alertmanager-operator-base.yml").assertSuccess();
        assertEquals(receiver, route("alertmanager/alertmanager-operator-base.yml", receiver, labels.split(" +")));
    }

    /** The receiver amtool routes the labels to, having verified it is {@code expected}. */
    private static String route(String expected, String... labels) throws IOException, InterruptedException {
        return route("alertmanager/alertmanager.yml", expected, labels);
    }

    private static String route(String config, String expected, String... labels)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("config", "routes", "test",
                "--config.file=" + config, "--verify.receivers=" + expected));
        args.addAll(List.of(labels));
        Tool.Result result = amtool.run(tree, args.toArray(String[]::new)).assertSuccess();
        // amtool warns on stderr that --config.file overrides --alertmanager.url; the receiver is the last line.
        String[] lines = result.output().strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    private static List<Path> filesUnder(Path root, String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix))
                    .filter(p -> p.getParent().toString().endsWith(folder.substring(0, folder.length() - 1)))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> relative(List<Path> files) {
        return files.stream().map(p -> tree.relativize(p).toString()).sorted().toList();
    }
}
