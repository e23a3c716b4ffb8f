package dev.obsgen.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.importer.dashboard.DashboardImport;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.DashboardFilesRenderer;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.DashboardProvisioningRenderer;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.core.slo.SloRulesTest;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What obsgen generated imports back as the dashboards it came from, in their folders: the dashboard files of each
 * format and release, and the whole tree (dashboard files, provisioning, ConfigMaps and operator manifests), where
 * every dashboard is more than once, as a class that compiles with each dashboard once.
 */
class GeneratedTreeImportTest {
    @TempDir
    Path dir;

    static Stream<Arguments> releasesAndFormats() {
        return Stream.of("12.3.0", "13.0.0").flatMap(release -> Stream.of(DashboardFormat.CLASSIC,
                DashboardFormat.RESOURCE, DashboardFormat.V2).map(format -> Arguments.of(release, format)));
    }

    /** Classic files carry no folder (file provisioning takes it from the directory), so the resources only. */
    static Stream<Arguments> releasesAndResourceFormats() {
        return releasesAndFormats().filter(row -> row.get()[1] != DashboardFormat.CLASSIC);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("releasesAndResourceFormats")
    void theDashboardFilesImportIntoTheirFolders(String release, DashboardFormat format) throws IOException {
        Observability model = model();
        Path out = generate(model, release, format);
        Importer.Result result = imported(out.resolve("grafana/dashboards"));
        assertEquals(folders(model), folders(ImportedSource.define(result, dir.resolve("classes"))));
        assertEquals(List.of(), notes(result, "folder uid"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("releasesAndFormats")
    void theWholeTreeImportsEachDashboardOnceIntoItsFolder(String release, DashboardFormat format) throws IOException {
        Observability model = model();
        Path out = generate(model, release, format);
        Importer.Result result = imported(out.resolve("grafana"), out.resolve("kubernetes"));
        assertEquals(List.of(), notes(result, "does not compile"));
        Observability back = ImportedSource.define(result, dir.resolve("classes"));
        assertEquals(folders(model), folders(back));
        int copies = format == DashboardFormat.CLASSIC ? 2 : 3;
        assertEquals(model.dashboards().size() * (copies - 1), notes(result, "this copy is not imported again").size());
    }

    private Importer.Result imported(Path... inputs) {
        return new Importer(new DashboardImport(), null, CheckRegistry.standard())
                .run("com.example.ImportedObservability", List.of(inputs));
    }

    private static List<String> notes(Importer.Result result, String part) {
        return result.notes().all().stream().map(ImportNotes.Note::format).filter(n -> n.contains(part)).toList();
    }

    /** The sample dashboards (in a folder and in the root) and the SLO dashboards (in theirs). */
    private static Observability model() {
        List<Dashboard> dashboards = new ArrayList<>(SampleDashboards.model().dashboards());
        dashboards.addAll(SloRules.expand(SloRulesTest.model()).dashboards());
        return SampleDashboards.model().toBuilder().dashboards(dashboards).build();
    }

    private static Map<String, String> folders(Observability model) {
        return model.dashboards().stream().collect(Collectors.toMap(Dashboard::uid, Dashboard::folder, (a, b) -> a,
                TreeMap::new));
    }

    private Path generate(Observability model, String release, DashboardFormat format) throws IOException {
        RenderSettings settings = RenderSettings.of("dev.obsgen.core.render.grafana.SampleDashboards");
        List<GeneratedFile> files = new ArrayList<>(new DashboardFilesRenderer(GrafanaVersion.parse(release), format)
                .render(model, settings));
        files.addAll(new DashboardProvisioningRenderer(format).render(model, settings));
        Path out = dir.resolve("out");
        for (GeneratedFile file : files) {
            Path path = out.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.write(path, file.content());
        }
        return out;
    }
}
