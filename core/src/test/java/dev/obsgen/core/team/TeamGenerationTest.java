package dev.obsgen.core.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.Promtool;
import dev.obsgen.core.Rendering;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.SampleTeams;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.model.Observability;
import dev.obsgen.model.PrometheusSettings;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.GrafanaUnit;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PrometheusTarget;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.obsgen.model.alerting.Receiver;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's own build: checked on its platform, writing only what the team owns. */
class TeamGenerationTest {
    private static final Observability PLATFORM = SampleModel.model();

    @TempDir
    Path output;

    private static Rendering render(Observability team) {
        return Generation.standard().render(team, RenderSettings.of("com.example.Checkout"));
    }

    private static Set<String> paths(Rendering rendering) {
        return rendering.output().files().stream().map(GeneratedFile::path).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void writesOnlyTheTeamsFiles() {
        Set<String> paths = paths(render(SampleTeams.checkout(PLATFORM)));
        assertEquals(new TreeSet<>(List.of(
                "docs/catalog.md",
                "docs/dashboards/checkout-traffic.svg",
                "grafana/dashboards/Checkout/checkout-traffic.json",
                "grafana/provisioning/dashboards/obsgen-checkout.yaml",
                "kubernetes/checkout-alertmanagerconfig.yaml",
                "kubernetes/checkout-prometheusrule.yaml",
                "kubernetes/grafana/checkout-traffic-configmap.yaml",
                "kubernetes/grafana/checkout-traffic-grafanadashboard.yaml",
                "obsgen-catalog.json",
                "obsgen-manifest.txt",
                "prometheus/rules/checkout-alerts.yml",
                "prometheus/tests/checkout-alerts.test.yml",
                "prometheus/tests/platform/shop-recording.yml",
                "runbooks/checkout-orders-failing.md",
                "runbooks/checkout-traffic-low.md")), paths);
    }

    @Test
    void aTeamWithOnlyADashboardWritesOnlyTheDashboard() {
        assertEquals(new TreeSet<>(List.of("docs/catalog.md", "docs/dashboards/search-latency.svg",
                        "grafana/dashboards/Search/search-latency.json",
                        "grafana/provisioning/dashboards/obsgen-search.yaml",
                        "kubernetes/grafana/search-latency-configmap.yaml",
                        "kubernetes/grafana/search-latency-grafanadashboard.yaml", "obsgen-catalog.json",
                        "obsgen-manifest.txt")),
                paths(render(SampleTeams.search(PLATFORM))));
    }

    @Test
    void obsgenSetsTheOwnerLabelOnEveryTeamAlert() {
        String rules = file(render(SampleTeams.checkout(PLATFORM)), "prometheus/rules/checkout-alerts.yml");
        assertEquals(2, rules.split("\n {10}team: checkout\n", -1).length - 1, rules);
        String resource = file(render(SampleTeams.checkout(PLATFORM)), "kubernetes/checkout-prometheusrule.yaml");
        assertTrue(resource.contains("  namespace: shop-checkout\n"), resource);
    }

    @Test
    void thePlatformChoosesTheOwnerLabel() {
        Observability platform = SampleModel.builder()
                .prometheus(PrometheusSettings.defaults().withQueryUrl(SampleModel.PROMETHEUS_URL).withOwnerLabel("owner"))
                .build();
        String rules = file(render(SampleTeams.checkout(platform)), "prometheus/rules/checkout-alerts.yml");
        assertTrue(rules.contains("owner: checkout"), rules);
        assertFalse(rules.contains("team: checkout"), rules);
    }

    @Test
    void aTeamDashboardWithoutAFolderIsInTheTeamsFolderAndNamespace() {
        Rendering rendering = render(SampleTeams.checkout(PLATFORM));
        String configMap = file(rendering, "kubernetes/grafana/checkout-traffic-configmap.yaml");
        assertTrue(configMap.contains("grafana_folder: Checkout"), configMap);
        assertTrue(configMap.contains("namespace: shop-checkout"), configMap);
        String provider = file(rendering, "grafana/provisioning/dashboards/obsgen-checkout.yaml");
        assertTrue(provider.contains("path: /var/lib/grafana/dashboards/obsgen-checkout"), provider);
    }

    @Test
    void theTeamsTestsCarryTheOnePlatformGroupTheyReadAndPassInPromtool() throws Exception {
        Promtool promtool = Promtool.require();
        Rendering rendering = render(SampleTeams.checkout(PLATFORM));
        String tests = file(rendering, "prometheus/tests/checkout-alerts.test.yml");
        assertTrue(tests.contains("rule_files:\n  - ../rules/checkout-alerts.yml\n  - platform/shop-recording.yml\n"),
                tests);
        String copy = file(rendering, "prometheus/tests/platform/shop-recording.yml");
        assertTrue(copy.contains("Prometheus does not load it"), copy);
        assertFalse(copy.contains("QueueBacklog"), "only the group the team reads is copied");
        new OutputWriter().write(rendering.output(), output);
        Promtool.Result result = promtool.run(output.resolve("prometheus/tests"), "test", "rules",
                "checkout-alerts.test.yml");
        assertEquals(0, result.status(), result.output());
        Promtool.Result check = promtool.run(output, "check", "rules", "prometheus/rules/checkout-alerts.yml");
        assertEquals(0, check.status(), check.output());
    }

    @Test
    void aTeamPanelOverAMisspeltPlatformSeriesIsCheckedLikeAnyOther() {
        Observability team = SampleTeams.checkoutBuilder(PLATFORM)
                .withDashboard(Dashboard.builder("checkout-errors", "Checkout Errors")
                        .description("Errors.")
                        .withVariable(DatasourceVariable.prometheus())
                        .withPanel(Panel.timeseries("Rate").description("Requests a second.")
                                .unit(GrafanaUnit.REQUESTS_PER_SECOND)
                                .withTarget(PrometheusTarget.builder("job:http_request:rate5m"))))
                .build();
        ModelRejectedException e = assertThrows(ModelRejectedException.class, () -> render(team));
        Finding finding = e.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
        assertEquals("promql/unknown-metric", finding.checkId(), finding.format());
        assertTrue(finding.format().contains("dashboard 'checkout-errors'"), finding.format());
        assertTrue(finding.format().contains("did you mean 'job:http_requests:rate5m'"), finding.format());
    }

    @Test
    void thePlatformsOwnWarningsAreNotTheTeams() {
        List<Receiver> receivers = new ArrayList<>(PLATFORM.notifications().receivers());
        receivers.add(Receiver.named("spare"));
        Observability platform = PLATFORM.toBuilder()
                .notifications(PLATFORM.notifications().toBuilder().receivers(receivers).build()).build();
        List<Finding> own = Generation.standard().render(platform, RenderSettings.of("shop")).warnings();
        assertTrue(own.stream().anyMatch(f -> f.format().contains("receiver 'spare'")), own.toString());
        assertEquals(List.of(), render(SampleTeams.checkout(platform)).warnings().stream().map(Finding::format).toList());
    }

    @Test
    void aTeamCannotDeclareThePlatformsParts() {
        Observability team = SampleTeams.checkoutBuilder(PLATFORM)
                .withScrapeJob(ScrapeJob.named("checkout").discovery(StaticDiscovery.of("checkout:8080")).build())
                .prometheus(PrometheusSettings.defaults().withIntervals("15s", "10s", "15s"))
                .withRuleGroup(RuleGroup.named("checkout-own-label").withRule(Rule.alert("CheckoutLabelled")
                        .expr("queue_depth > 1").severity(dev.obsgen.model.alerting.Severity.INFO).label("team", "search")
                        .summary("s").description("d").runbook("checkout-labelled")).build())
                .build();
        ModelRejectedException e = assertThrows(ModelRejectedException.class, () -> render(team));
        List<String> errors = e.findings().stream().filter(Finding::isError).map(Finding::format).toList();
        assertEquals(3, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).startsWith("error[team/scope] scrape job 'checkout' of team 'checkout': is a scrape "
                + "job, which a team cannot declare; it is the platform's: declare it in platform 'shop'"), errors.get(0));
        assertTrue(errors.get(1).startsWith("error[team/scope] team 'checkout': sets Prometheus settings"), errors.get(1));
        assertTrue(errors.get(2).startsWith("error[team/scope] alert 'CheckoutLabelled' in group 'checkout-own-label' of "
                + "team 'checkout': sets the label 'team' by hand"), errors.get(2));
    }

    @Test
    void aTeamsNameAndNamespaceMustNameKubernetesResources() {
        Observability team = Observability.team("Check Out").namespace("shop_checkout").on(PLATFORM).build();
        ModelRejectedException e = assertThrows(ModelRejectedException.class, () -> render(team));
        assertEquals(List.of(
                "error[team/scope] team 'Check Out': has a name that cannot name its Kubernetes resources "
                        + "(PrometheusRule, AlertmanagerConfig): use lowercase letters, digits and '-', at most 63, "
                        + "starting and ending with a letter or digit",
                "error[team/scope] team 'Check Out': has the namespace 'shop_checkout', which is not a Kubernetes "
                        + "namespace name: use lowercase letters, digits and '-', at most 63, starting and ending "
                        + "with a letter or digit"),
                e.findings().stream().filter(Finding::isError).map(Finding::format).toList());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"alertname", "severity", "__team", "team-name"})
    void theOwnerLabelMustBeALabelTheAlertDoesNotSetItself(String label) {
        Observability platform = SampleModel.builder()
                .prometheus(PrometheusSettings.defaults().withOwnerLabel(label)).build();
        ModelRejectedException e = assertThrows(ModelRejectedException.class,
                () -> render(SampleTeams.checkout(platform)));
        assertEquals("error[team/scope] platform 'shop': has the owner label '" + label + "', which cannot name a "
                        + "team's alerts: it must be a label name ([a-zA-Z_][a-zA-Z0-9_]*, not __...), and not "
                        + "alertname or severity, which the alert already sets",
                e.findings().stream().filter(Finding::isError).findFirst().orElseThrow().format());
    }

    @Test
    void aTeamNeedsAFolderOfItsOwn() {
        Observability team = SampleTeams.checkoutBuilder(PLATFORM).build();
        Observability unfoldered = Observability.team("checkout").folder("").on(PLATFORM)
                .withDashboards(team.dashboards()).build();
        ModelRejectedException e = assertThrows(ModelRejectedException.class, () -> render(unfoldered));
        assertEquals("error[team/scope] team 'checkout': has no Grafana folder: its dashboards would land in the "
                        + "General folder, which is the platform's; name one with Observability.team(name).folder(...)",
                e.findings().stream().filter(Finding::isError).findFirst().orElseThrow().format());
    }

    @Test
    void aTeamDoesNotTakeOverThePlatformsFolder() throws Exception {
        new OutputWriter().write(Generation.standard().render(PLATFORM, RenderSettings.of("shop")).output(), output);
        String before = Files.readString(output.resolve("obsgen-manifest.txt"));
        assertTrue(before.contains("\n# owner: platform 'shop'\n"), before);
        var e = assertThrows(dev.obsgen.core.write.OutputException.class,
                () -> new OutputWriter().write(render(SampleTeams.checkout(PLATFORM)).output(), output));
        assertEquals(output + " holds the files of platform 'shop' (its obsgen-manifest.txt says so), and this is "
                + "team 'checkout': each owner writes a folder of its own, and compose writes the platform's with "
                + "every team's; nothing was written", e.getMessage());
        assertTrue(Files.exists(output.resolve("prometheus/prometheus.yml")));
        assertEquals(before, Files.readString(output.resolve("obsgen-manifest.txt")));
        // The composed tree is the platform's with its teams: compose may write it, and the platform alone again.
        new OutputWriter().write(ComposeTest.composed().output(), output);
        new OutputWriter().write(Generation.standard().render(PLATFORM, RenderSettings.of("shop")).output(), output);
        assertFalse(Files.exists(output.resolve("teams")));
    }

    @Test
    void aTeamReceiverWithAnInlineSecretIsRefusedLikeThePlatforms() {
        Observability team = Observability.team("hooks").on(PLATFORM)
                .notifications(dev.obsgen.model.alerting.NotificationPolicy.builder().defaultReceiver("hooks-web")
                        .withRoute(dev.obsgen.model.alerting.SeverityRoute.always(
                                dev.obsgen.model.alerting.Severity.CRITICAL, "hooks-web"))
                        .withRoute(dev.obsgen.model.alerting.SeverityRoute.always(
                                dev.obsgen.model.alerting.Severity.WARNING, "hooks-web"))
                        .withRoute(dev.obsgen.model.alerting.SeverityRoute.always(
                                dev.obsgen.model.alerting.Severity.INFO, "hooks-web"))
                        .withReceiver(Receiver.named("hooks-web",
                                dev.obsgen.model.alerting.Webhook.url("https://bot:s3cret@hooks.example.com/x")))
                        .build())
                .build();
        ModelRejectedException e = assertThrows(ModelRejectedException.class, () -> render(team));
        assertTrue(e.findings().stream().anyMatch(f -> f.isError() && f.checkId().equals("secret/inline")
                && f.element().contains("receiver 'hooks-web'")), e.getMessage());
    }

    @Test
    void aRejectedTeamWritesNothing() throws Exception {
        Observability team = SampleTeams.checkoutBuilder(PLATFORM)
                .withRuleGroup(RuleGroup.named("shop-alerts").build()).build();
        assertThrows(ModelRejectedException.class, () -> render(team));
        try (var files = Files.list(output)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aPlatformWithAnErrorFailsTheTeamNamingThePlatform() {
        Observability broken = SampleModel.builder().withRuleGroup(RuleGroup.named("bad")
                .withRule(Rule.record("job:bad:rate5m").expr("rate(nope_total[5m])")).build()).build();
        ModelRejectedException e = assertThrows(ModelRejectedException.class,
                () -> render(SampleTeams.checkout(broken)));
        List<String> errors = e.findings().stream().filter(Finding::isError).map(Finding::format).toList();
        assertTrue(errors.stream().allMatch(f -> f.contains("] platform 'shop': ")), errors.toString());
        assertTrue(errors.stream().anyMatch(f -> f.startsWith(
                "error[promql/unknown-metric] platform 'shop': recording rule 'job:bad:rate5m'")), errors.toString());
    }

    @Test
    void aTeamIsDeclaredOnAPlatformNotOnATeam() {
        Observability team = SampleTeams.checkout(PLATFORM);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Observability.team("nested").on(team));
        assertEquals("a team is declared on a platform model, and 'checkout' is the model of team 'checkout'",
                e.getMessage());
    }

    static String file(Rendering rendering, String path) {
        return rendering.output().files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no file " + path)).text();
    }
}
