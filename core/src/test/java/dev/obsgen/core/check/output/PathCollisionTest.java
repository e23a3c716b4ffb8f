package dev.obsgen.core.check.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.FolderResource;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.core.write.OutputSet;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Paths two elements would both write, per dashboard format: the rows that must fire name both elements, the rows
 * that must stay quiet are outputs that only look alike. The sample's dashboard sits in folder "Shop".
 */
class PathCollisionTest {
    static Stream<Arguments> rows() {
        return Stream.of(
                // Fires.
                row("a dashboard uid '_folder' beside a folder's _folder.json", "resource",
                        m -> withSecond(m, "_folder", "Shop"),
                        "dashboard folder 'Shop': writes grafana/dashboards/Shop/_folder.json, which dashboard '_folder'"
                                + " writes too"),
                row("the same under v2", "v2", m -> withSecond(m, "_folder", "Shop"),
                        "which dashboard '_folder' writes too"),
                row("a folder named like a root dashboard's file", "classic",
                        m -> two(m, "edge-up-two", "", "edge-up-two.json"),
                        "writes grafana/dashboards/edge-up-two.json as a folder, and dashboard 'edge-up-two' writes"
                                + " grafana/dashboards/edge-up-two.json as a file; one path cannot be both"),
                row("the same as resources", "resource", m -> two(m, "edge-up-two", "", "edge-up-two.json"),
                        "one path cannot be both"),
                row("the same, the folder differing in case", "v2", m -> two(m, "edge-up-two", "", "Edge-Up-Two.json"),
                        "writes grafana/dashboards/Edge-Up-Two.json as a folder, and dashboard 'edge-up-two' writes"
                                + " grafana/dashboards/edge-up-two.json as a file, which differs from it only in case or"
                                + " Unicode form; on macOS and Windows one path cannot be both"),
                row("the same in classic", "classic", m -> two(m, "edge-up-two", "", "Edge-Up-Two.json"),
                        "as a file, which differs from it only in case or Unicode form; on macOS and Windows one path"
                                + " cannot be both"),
                // Quiet.
                row("a folder named like a root dashboard's uid without .json", "resource",
                        m -> two(m, "edge-up-two", "", "edge-up-two"), null),
                row("a dashboard uid named like the folder's old manifest name", "resource",
                        m -> withSecond(m, "folder-" + FolderResource.uid("Shop"), "Shop"), null),
                row("a dashboard uid '_folder' in classic, which writes no folder files", "classic",
                        m -> withSecond(m, "_folder", "Shop"), null),
                row("two dashboards in one folder share its files", "resource",
                        m -> withSecond(m, "shop-overview-two", "Shop"), null),
                row("the sample as it is", "v2", m -> m, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reportsAPathTwoElementsWrite(String name, String format, UnaryOperator<Observability> change,
                                      String fragment) {
        List<Finding> collisions = CheckRegistry.standard(DashboardFormat.parse(format))
                .run(change.apply(SampleDashboards.model())).stream()
                .filter(f -> f.checkId().equals("output/path-collision")).toList();
        if (fragment == null) {
            assertEquals(List.of(), collisions, name);
        } else {
            assertEquals(1, collisions.size(), () -> name + ": " + collisions);
            assertTrue(collisions.get(0).format().contains(fragment), collisions.get(0).format());
            assertTrue(collisions.get(0).isError(), name);
        }
    }

    @Test
    void aFolderManifestIsNamedApartFromEveryDashboardUid() {
        String folderUid = FolderResource.uid("Shop");
        Observability model = withSecond(SampleDashboards.model(), "folder-" + folderUid, "Shop");
        OutputSet output = Generation.standard(GrafanaVersion.DEFAULT, DashboardFormat.RESOURCE)
                .render(model, RenderSettings.of("test")).output();
        GeneratedFile folder = output.file("kubernetes/grafana/folder." + folderUid + "-grafanamanifest.yaml")
                .orElseThrow();
        assertTrue(folder.text().contains("name: folder." + folderUid + "\n"), folder.text());
        GeneratedFile dashboard = output.file("kubernetes/grafana/folder-" + folderUid + "-grafanamanifest.yaml")
                .orElseThrow();
        assertTrue(dashboard.text().contains("kind: Dashboard"), dashboard.text());
    }

    private static Arguments row(String name, String format, UnaryOperator<Observability> change, String fragment) {
        return Arguments.of(name, format, change, fragment);
    }

    /** The sample's dashboard at the root under {@code uid}, and in {@code folder} under its own uid. */
    private static Observability two(Observability model, String uid, String rootFolder, String folder) {
        Dashboard first = model.dashboards().get(0);
        return model.toBuilder().dashboards(List.of(PathNameTest.copy(first, uid, rootFolder),
                PathNameTest.copy(first, first.uid(), folder))).build();
    }

    private static Observability withSecond(Observability model, String uid, String folder) {
        Dashboard first = model.dashboards().get(0);
        return model.toBuilder().dashboards(List.of(first, PathNameTest.copy(first, uid, folder))).build();
    }
}
