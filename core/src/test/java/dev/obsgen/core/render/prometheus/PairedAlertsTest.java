package dev.obsgen.core.render.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.Goldens;
import dev.obsgen.core.PairedAlertsModel;
import dev.obsgen.core.Promtool;
import dev.obsgen.core.Rendering;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.SampleTeams;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.core.write.OutputSet;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.AlertScenario;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import dev.obsgen.model.rule.Series;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts that share a name ({@link PairedAlertsModel}): the rule files keep every rule, each shared-name alert is
 * tested in a file of its own that loads its group without its siblings, one runbook serves the pair, and the real
 * promtool accepts the rules and passes every test, where loading the siblings would fail them.
 */
class PairedAlertsTest {
    private static final String SOURCE = "dev.obsgen.core.PairedAlertsModel";

    @TempDir
    Path output;

    private static OutputSet rendered() {
        return Generation.standard().render(PairedAlertsModel.model(), RenderSettings.of(SOURCE)).output();
    }

    @TestFactory
    Stream<DynamicTest> rulesTestsRunbookAndCatalogMatchTheirGoldens() {
        Collection<GeneratedFile> files = rendered().files().stream()
                .filter(f -> f.path().startsWith("prometheus/rules/") || f.path().startsWith("prometheus/tests/")
                        || f.path().startsWith("runbooks/") || f.path().equals("docs/catalog.md"))
                .toList();
        assertFalse(files.isEmpty());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.path(),
                () -> Goldens.assertMatches("paired-alerts/" + file.path(), file.text())));
    }

    @Test
    void eachSharedNameAlertHasATestFileOfItsOwnAndOneRunbookServesThemAll() {
        List<String> paths = rendered().files().stream().map(GeneratedFile::path).sorted().toList();
        assertEquals(List.of(
                "prometheus/tests/disk-alerts.DiskSpaceBurn.1h.test.yml",
                "prometheus/tests/disk-alerts.DiskSpaceBurn.6h.test.yml",
                "prometheus/tests/disk-alerts.DiskSpaceLow.critical.test.yml",
                "prometheus/tests/disk-alerts.DiskSpaceLow.warning.test.yml",
                "prometheus/tests/disk-recording.test.yml",
                "prometheus/tests/shop-alerts.test.yml",
                "prometheus/tests/shop-recording.test.yml"),
                paths.stream().filter(p -> p.endsWith(".test.yml")).toList());
        assertEquals(List.of("runbooks/disk-space-low.md", "runbooks/queue-backlog.md"),
                paths.stream().filter(p -> p.startsWith("runbooks/")).toList());
        assertFalse(paths.contains("prometheus/tests/disk-alerts.test.yml"),
                "every alert of disk-alerts shares its name, so the group has no common test file");
    }

    @Test
    void promtoolAcceptsTheRulesAndPassesEveryTest() throws Exception {
        Promtool promtool = Promtool.require();
        new OutputWriter().write(rendered(), output);
        for (Path rules : files(output.resolve("prometheus"), ".yml", "/rules/", "/isolated/")) {
            Promtool.Result result = promtool.run(rules.getParent(), "check", "rules", rules.getFileName().toString());
            assertEquals(0, result.status(), rules + "\n" + result.output());
        }
        List<Path> tests = files(output.resolve("prometheus/tests"), ".test.yml");
        assertEquals(7, tests.size(), tests::toString);
        for (Path test : tests) {
            Promtool.Result result = promtool.run(test.getParent(), "test", "rules", test.getFileName().toString());
            assertEquals(0, result.status(), test + "\n" + result.output());
            assertTrue(result.output().contains("SUCCESS"), result.output());
        }
    }

    /**
     * The control: the warning's test with the whole group loaded (the critical sibling included) fails, since its
     * firing scenario also fires the critical alert, which promtool then sees under the same name.
     */
    @Test
    void loadingTheSiblingsWouldFailTheTests() throws Exception {
        Promtool promtool = Promtool.require();
        new OutputWriter().write(rendered(), output);
        Path tests = output.resolve("prometheus/tests");
        Path test = tests.resolve("disk-alerts.DiskSpaceLow.warning.test.yml");
        String text = Files.readString(test);
        String isolated = "isolated/disk-alerts.DiskSpaceLow.warning/disk-alerts.yml";
        assertTrue(text.contains(isolated), text);
        Path together = tests.resolve("together.test.yml");
        Files.writeString(together, text.replace(isolated, "../rules/disk-alerts.yml"));
        Promtool.Result result = promtool.run(tests, "test", "rules", "together.test.yml");
        assertNotEquals(0, result.status(), result.output());
        assertTrue(result.output().contains("severity=\"critical\""), result.output());
    }

    /** Label values that make no plain file name, or the same one, name the test files by place instead. */
    @Test
    void testFilesOfLabelsThatMakeNoPlainNameAreNumbered() {
        Observability model = SampleModel.builder().withRuleGroup(RuleGroup.named("g")
                .withRule(deepQueue("/a/b")).withRule(deepQueue("/a:b")).withRule(deepQueue("queue-c"))
                .build()).build();
        List<String> paths = Generation.standard().render(model, RenderSettings.of(SOURCE)).output().files().stream()
                .map(GeneratedFile::path).filter(p -> p.startsWith("prometheus/tests/g.")).sorted().toList();
        assertEquals(List.of("prometheus/tests/g.DeepQueue.1.test.yml", "prometheus/tests/g.DeepQueue.2.test.yml",
                "prometheus/tests/g.DeepQueue.queue-c.test.yml"), paths);
    }

    private static AlertRule.Builder deepQueue(String queue) {
        return Rule.alert("DeepQueue").expr("queue_depth{queue=\"" + queue + "\"} > 5").label("queue", queue)
                .severity(Severity.WARNING).summary("Deep.").description("Deep.").runbook("deep")
                .withScenario(AlertScenario.fires("deep").at("5m")
                        .withInput(Series.of("queue_depth").label("queue", queue).values("9x10"))
                        .withAlert("queue", queue))
                .withScenario(AlertScenario.calm("shallow").at("5m")
                        .withInput(Series.of("queue_depth").label("queue", queue).values("1x10")));
    }

    /**
     * A team's pair over a recorded series of the platform: in the team's own tree (platform groups copied for its
     * tests) and composed with the platform, every test file passes the real promtool.
     */
    @Test
    void aTeamsPairPassesPromtoolInItsOwnTreeAndComposed() throws Exception {
        Promtool promtool = Promtool.require();
        Observability platform = SampleModel.model();
        Observability team = SampleTeams.checkoutBuilder(platform).withRuleGroup(RuleGroup.named("checkout-traffic")
                .withRule(trafficDrop(Severity.WARNING, "0.5")
                        .withScenario(AlertScenario.fires("no traffic").at("20m").withInput(requests("0x30"))
                                .withAlert("job", "api"))
                        .withScenario(AlertScenario.calm("steady").at("20m").withInput(requests("0+60x30"))))
                .withRule(trafficDrop(Severity.CRITICAL, "0.1")
                        .withScenario(AlertScenario.fires("no traffic").at("20m").withInput(requests("0x30"))
                                .withAlert("job", "api"))
                        .withScenario(AlertScenario.calm("a trickle").at("20m").withInput(requests("0+12x30"))))
                .build()).build();
        Path own = output.resolve("own");
        new OutputWriter().write(Generation.standard().render(team, RenderSettings.of(SOURCE)).output(), own);
        Path composed = output.resolve("composed");
        new OutputWriter().write(Generation.standard().compose(List.of(platform, team), RenderSettings.of(SOURCE))
                .output(), composed);
        for (Path tree : List.of(own, composed)) {
            List<Path> tests = files(tree, ".test.yml");
            assertTrue(tests.stream().anyMatch(p -> p.endsWith("checkout-traffic.CheckoutTrafficDrop.warning.test.yml")),
                    tests::toString);
            for (Path test : tests) {
                Promtool.Result result = promtool.run(test.getParent(), "test", "rules", test.getFileName().toString());
                assertEquals(0, result.status(), test + "\n" + result.output());
            }
        }
        String warning = Files.readString(own.resolve(
                "prometheus/tests/checkout-traffic.CheckoutTrafficDrop.warning.test.yml"));
        assertTrue(warning.contains("team: checkout"), "the team's alerts carry the owner label: " + warning);
        assertTrue(warning.contains("  - platform/shop-recording.yml"), warning);
    }

    private static AlertRule.Builder trafficDrop(Severity severity, String threshold) {
        return Rule.alert("CheckoutTrafficDrop").expr("job:http_requests:rate5m{job=\"api\"} < " + threshold)
                .forDuration("5m").severity(severity).summary("Checkout traffic drops.")
                .description("Checkout traffic drops.").runbook("checkout-traffic-drop");
    }

    private static Series requests(String values) {
        return Series.of("http_requests_total").label("job", "api").label("path", "/").label("code", "200")
                .values(values);
    }

    /** An imported model generates at once, its untested rules listed as warnings and marked in the catalog. */
    @Test
    void importedRulesGenerateAndTheCatalogMarksThem() {
        Observability model = SampleModel.builder().withRuleGroup(RuleGroup.named("legacy")
                .withRule(Rule.alert("LegacyQueueDeep").expr("queue_depth > 500").severity(Severity.CRITICAL)
                        .summary("Queue deep.").description("A queue is deep.").runbook("legacy").imported())
                .withRule(Rule.record("job:queue_depth:max").expr("max by (job) (queue_depth)").imported())
                .build()).build();
        Rendering rendering = Generation.standard().render(model, RenderSettings.of(SOURCE));
        assertEquals(List.of("alert/scenarios", "alert/scenarios", "recording/examples"), rendering.warnings().stream()
                .filter(f -> f.severity() == FindingSeverity.WARNING && f.message().contains("is imported and untested"))
                .map(Finding::checkId).toList());
        String catalog = rendering.output().file("docs/catalog.md").orElseThrow().text();
        assertTrue(catalog.contains("| `LegacyQueueDeep` _imported (untested)_ | critical |"), catalog);
        assertTrue(catalog.contains("| `job:queue_depth:max` _imported (untested)_ | - | legacy |"), catalog);
        assertTrue(catalog.contains("| `QueueBacklog` | warning |"), catalog);
        assertFalse(rendering.output().file("prometheus/tests/legacy.test.yml").isPresent(),
                "a group whose rules have no scenarios or examples has no test file");
    }

    private static List<Path> files(Path root, String suffix, String... under) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix))
                    .filter(p -> under.length == 0 || Stream.of(under).anyMatch(u -> p.toString().contains(u)))
                    .sorted().toList();
        }
    }
}
