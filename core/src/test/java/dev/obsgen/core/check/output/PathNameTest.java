package dev.obsgen.core.check.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.rule.RuleGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names that become paths, each broken one way: the check that must catch it, a fragment of its message, and
 * nothing written. A sacrificial file outside the output folder must survive every row.
 */
class PathNameTest {
    @TempDir
    Path sandbox;

    static Stream<Arguments> brokenNames() {
        return Stream.of(
                row("newline then an absolute path in a group name", "output/path-name", "U+000A",
                        m -> renameGroup(m, "shop\n /tmp/victim.txt")),
                row("NUL in a group name", "output/path-name", "unprintable character U+0000",
                        m -> renameGroup(m, "shop\0alerts")),
                row("300-character group name", "output/path-name", "300 bytes long in UTF-8; the limit is 100",
                        m -> renameGroup(m, "g".repeat(300))),
                row("absolute group name", "output/path-name", "path separator '/'",
                        m -> renameGroup(m, "/srv/x/g")),
                row("backslash in a group name", "output/path-name", "path separator '\\'",
                        m -> renameGroup(m, "a\\b")),
                row("group named ..", "output/path-name", "is '..'", m -> renameGroup(m, "..")),
                row("Windows device name", "output/path-name", "Windows device name 'CON'",
                        m -> renameGroup(m, "CON")),
                row("Windows device name with an extension", "output/path-name", "Windows device name 'lpt1'",
                        m -> renameGroup(m, "lpt1.rules")),
                row("trailing dot", "output/path-name", "ends with a dot", m -> renameGroup(m, "shop.")),
                row("leading space", "output/path-name", "starts or ends with a space", m -> renameGroup(m, " shop")),
                row("em space", "output/path-name", "white space U+2003", m -> renameGroup(m, "shop\u2003alerts")),
                row("character Windows forbids", "output/path-name", "contains '|'", m -> renameGroup(m, "shop|alerts")),
                row("decomposed Unicode", "output/path-name", "normal form C", m -> renameGroup(m, "cafe\u0301")),
                row("folder that climbs out", "output/path-name", "folder '../../escape'",
                        m -> refolder(m, "../../escape")),
                row("folder with a tab", "output/path-name", "U+0009", m -> refolder(m, "Ops\tTeam")),
                row("model name with a separator", "output/path-name", "model 'shop/x'",
                        m -> renameModel(m, "shop/x")),
                row("two groups differing in case", "output/path-collision", "only in case",
                        m -> m.toBuilder().withRuleGroup(regroup(m.ruleGroups().get(1), "Shop-Recording")).build()),
                row("two dashboard folders differing in case", "output/path-collision", "one folder",
                        m -> m.toBuilder().dashboards(List.of(copy(m.dashboards().get(0), "shop-overview", "Shop"),
                                        copy(m.dashboards().get(0), "shop-overview-two", "shop"))).build()),
                row("a folder named like a root dashboard's file", "output/path-collision", "cannot be both",
                        m -> m.toBuilder().dashboards(List.of(copy(m.dashboards().get(0), "edge-up-two", ""),
                                        copy(m.dashboards().get(0), "shop-overview", "edge-up-two.json"))).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenNames")
    void isCaughtBeforeRenderingAndNothingIsWritten(String name, String checkId, String fragment,
                                                    UnaryOperator<Observability> breakIt) throws IOException {
        Path output = Files.createDirectories(sandbox.resolve("out/generated"));
        Path victim = Files.writeString(sandbox.resolve("victim.txt"), "keep me\n");
        Observability model = breakIt.apply(SampleDashboards.model());
        ModelRejectedException rejected = assertThrows(ModelRejectedException.class, () ->
                new OutputWriter().write(Generation.standard().render(model, RenderSettings.of("test")).output(), output));
        List<Finding> matching = rejected.findings().stream()
                .filter(f -> f.isError() && f.checkId().equals(checkId) && f.format().contains(fragment))
                .toList();
        assertFalse(matching.isEmpty(), () -> "expected a " + checkId + " error containing '" + fragment + "', got:\n"
                + rejected.getMessage());
        assertTrue(rejected.findings().stream().allMatch(f -> f.format().lines().count()
                        == 1 + f.detail().lines().count()),
                "a finding stays on its own lines even when a name holds a newline");
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(0, files.count(), "a rejected model must write nothing");
        }
        assertEquals("keep me\n", Files.readString(victim));
    }

    @Test
    void acceptsPrintableUnicodeAndSpacesInNames() {
        Observability model = refolder(renameGroup(SampleDashboards.model(), "Überwachung der Läufe"), "Team Ops");
        List<Finding> findings = CheckRegistry.standard().run(model);
        assertTrue(findings.stream().noneMatch(f -> f.checkId().startsWith("output/")), findings::toString);
    }

    /** In a resource format the folder's own files hold its name too; the name is still one finding. */
    @Test
    void aFolderNameIsReportedOnceWhateverTheFormat() {
        Observability model = refolder(SampleDashboards.model(), "../x");
        for (DashboardFormat format : DashboardFormat.values()) {
            List<Finding> findings = CheckRegistry.standard(format).run(model).stream()
                    .filter(f -> f.checkId().equals("output/path-name")).toList();
            assertEquals(1, findings.size(), () -> format + ": " + findings);
            assertTrue(findings.get(0).format().contains("dashboard 'shop-overview': its folder '../x'"),
                    findings.get(0).format());
        }
    }

    @Test
    void theStructuralChecksRunFirstAndStopTheRest() {
        Observability model = renameGroup(SampleDashboards.model(), "shop\nx");
        List<Finding> findings = CheckRegistry.standard().run(model);
        assertTrue(findings.stream().allMatch(f -> f.checkId().startsWith("output/")), findings::toString);
    }

    private static Arguments row(String name, String checkId, String fragment, UnaryOperator<Observability> change) {
        return Arguments.of(name, checkId, fragment, change);
    }

    static Observability renameGroup(Observability model, String name) {
        List<RuleGroup> groups = new ArrayList<>(model.ruleGroups());
        groups.set(0, regroup(groups.get(0), name));
        return model.toBuilder().ruleGroups(groups).build();
    }

    static RuleGroup regroup(RuleGroup group, String name) {
        return new RuleGroup(name, group.interval(), group.limit(), group.rules());
    }

    static Observability refolder(Observability model, String folder) {
        List<Dashboard> dashboards = new ArrayList<>(model.dashboards());
        dashboards.set(0, copy(dashboards.get(0), dashboards.get(0).uid(), folder));
        return model.toBuilder().dashboards(dashboards).build();
    }

    static Observability renameModel(Observability m, String name) {
        return new Observability(name, m.metrics(), m.ruleGroups(), m.scrapeJobs(), m.prometheus(), m.notifications(),
                m.runbooks(), m.corrections(), m.dashboards(), m.logs(), m.spans(), m.collection(), m.slos(), m.team());
    }

    static Dashboard copy(Dashboard d, String uid, String folder) {
        return new Dashboard(uid, d.title(), d.description(), d.tags(), folder, d.time(), d.refresh(), d.timezone(),
                d.graphTooltip(), d.editable(), d.links(), d.variables(), d.annotations(), d.panels(), d.rows());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
