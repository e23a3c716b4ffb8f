package dev.obsgen.core.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.Goldens;
import dev.obsgen.core.Promtool;
import dev.obsgen.core.Rendering;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.SampleTeams;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.DriftCheck;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.model.Observability;
import dev.obsgen.model.scrape.KubernetesDiscovery;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The platform and two teams composed into one tree, as a GitOps repository holds them. */
class ComposeTest {
    private static final Observability PLATFORM = SampleModel.model();
    private static final String SOURCE = "dev.obsgen.core.SampleModel, SampleTeams.checkout, SampleTeams.search";

    @TempDir
    Path output;

    static Rendering composed() {
        return Generation.standard().compose(List.of(PLATFORM, SampleTeams.checkout(PLATFORM),
                SampleTeams.search(PLATFORM)), RenderSettings.of(SOURCE));
    }

    @TestFactory
    Stream<DynamicTest> everyComposedFileMatchesItsGolden() {
        return composed().output().files().stream()
                .map(file -> DynamicTest.dynamicTest(file.path(), () -> golden("composed/", file)));
    }

    @TestFactory
    Stream<DynamicTest> everyFileOfATeamsOwnTreeMatchesItsGolden() {
        return Generation.standard().render(SampleTeams.checkout(PLATFORM), RenderSettings.of("SampleTeams.checkout"))
                .output().files().stream()
                .map(file -> DynamicTest.dynamicTest(file.path(), () -> golden("team-checkout/", file)));
    }

    private static void golden(String folder, GeneratedFile file) throws IOException {
        Goldens.assertMatches(folder + file.path(), file.text());
    }

    @Test
    void theComposedTreeIsThePlatformsWithEachTeamInItsFolder() {
        List<String> paths = composed().output().files().stream().map(GeneratedFile::path).toList();
        assertTrue(paths.contains("prometheus/rules/shop-alerts.yml"));
        assertTrue(paths.contains("teams/checkout/prometheus/rules/checkout-alerts.yml"));
        assertTrue(paths.contains("teams/search/grafana/dashboards/Search/search-latency.json"));
        assertTrue(paths.contains("runbooks/checkout-traffic-low.md"), "runbooks share the platform's folder");
        assertFalse(paths.stream().anyMatch(p -> p.startsWith("teams/") && p.contains("/tests/platform/")),
                "composed team tests read the platform's own rule files");
        assertEquals(1, paths.stream().filter(p -> p.endsWith("alertmanager.yml")).count());
        assertEquals(1, paths.stream().filter(p -> p.endsWith("prometheus.yml")).count());
        assertEquals(1, paths.stream().filter(p -> p.startsWith("grafana/provisioning/dashboards/")).count());
    }

    /**
     * Debian's promtool 2.42 is built without Kubernetes discovery, so the platform's Kubernetes job becomes static
     * targets here; what is composed is the same.
     */
    @Test
    void everyRealToolAcceptsTheComposedTree() throws Exception {
        Promtool promtool = Promtool.require();
        Observability platform = PLATFORM.toBuilder().scrapeJobs(PLATFORM.scrapeJobs().stream()
                .map(job -> job.discovery() instanceof KubernetesDiscovery
                        ? job.withDiscovery(StaticDiscovery.of("api:8080")) : job)
                .toList()).build();
        new OutputWriter().write(Generation.standard().compose(List.of(platform, SampleTeams.checkout(platform),
                SampleTeams.search(platform)), RenderSettings.of(SOURCE)).output(), output);
        Promtool.Result config = promtool.run(output.resolve("prometheus"), "check", "config", "prometheus.yml");
        assertEquals(0, config.status(), config.output());
        assertTrue(config.output().contains("teams/checkout/prometheus/rules/checkout-alerts.yml"), config.output());
        try (Stream<Path> tests = Files.walk(output)) {
            for (Path test : tests.filter(p -> p.toString().endsWith(".test.yml")).toList()) {
                Promtool.Result result = promtool.run(test.getParent(), "test", "rules", test.getFileName().toString());
                assertEquals(0, result.status(), test + "\n" + result.output());
            }
        }
    }

    @Test
    void theDriftCheckWorksOnAComposedTree() throws Exception {
        new OutputWriter().write(composed().output(), output);
        assertTrue(new DriftCheck().compare(composed().output(), output).inSync());
        Path rules = output.resolve("teams/checkout/prometheus/rules/checkout-alerts.yml");
        Files.writeString(rules, Files.readString(rules).replace("< 0.5", "< 5"));
        var drift = new DriftCheck().compare(composed().output(), output);
        assertFalse(drift.inSync());
        assertTrue(drift.format("fix").contains("teams/checkout/prometheus/rules/checkout-alerts.yml"),
                drift.format("fix"));
    }

    @Test
    void composeNeedsOnePlatform() {
        CompositionException e = assertThrows(CompositionException.class, () -> Generation.standard()
                .compose(List.of(PLATFORM, SampleModel.builder().runbookUrlPattern("x/%s").build()),
                        RenderSettings.of(SOURCE)));
        assertTrue(e.getMessage().startsWith("compose takes one platform model and team models, and was given 2 "
                + "platform models: 'shop', 'shop'"), e.getMessage());
    }

    @Test
    void aTeamBuiltOnAnotherVersionOfThePlatformIsRefused() {
        Observability older = SampleModel.builder().runbookUrlPattern("https://old.example.com/%s").build();
        CompositionException e = assertThrows(CompositionException.class, () -> Generation.standard()
                .compose(List.of(PLATFORM, SampleTeams.checkout(older)), RenderSettings.of(SOURCE)));
        assertEquals("team 'checkout' is declared on another version of platform 'shop' (rebuild the team against "
                + "the platform composed here)", e.getMessage());
    }

    @Test
    void withoutAPlatformClassComposeTakesTheTeamsPlatform() {
        Rendering teamsOnly = Generation.standard().compose(List.of(SampleTeams.checkout(PLATFORM),
                SampleTeams.search(PLATFORM)), RenderSettings.of(SOURCE));
        assertEquals(List.copyOf(composed().output().files()), List.copyOf(teamsOnly.output().files()));
    }

    @Test
    void theOrderTheTeamsAreGivenInDoesNotMatter() {
        Rendering swapped = Generation.standard().compose(List.of(SampleTeams.search(PLATFORM), PLATFORM,
                SampleTeams.checkout(PLATFORM)), RenderSettings.of(SOURCE));
        assertEquals(List.copyOf(composed().output().files()), List.copyOf(swapped.output().files()));
    }

    @Test
    void aTeamGivenTwiceIsOneMessage() {
        CompositionException e = assertThrows(CompositionException.class, () -> Generation.standard().compose(
                List.of(PLATFORM, SampleTeams.checkout(PLATFORM), SampleTeams.checkout(PLATFORM)),
                RenderSettings.of(SOURCE)));
        assertEquals("team 'checkout' is given twice; give each team's model class once", e.getMessage());
    }
}
