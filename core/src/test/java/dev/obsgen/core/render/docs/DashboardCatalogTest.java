package dev.obsgen.core.render.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.SampleTeams;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The catalog's dashboards: each listed once, its link and its image leading to the preview written beside it. */
class DashboardCatalogTest {
    private static final Pattern PREVIEW_LINK = Pattern.compile("\\]\\(([^)]*\\.svg)\\)");
    private static final Observability PLATFORM = SampleDashboards.model();

    static Stream<Arguments> relativeLinks() {
        return Stream.of(
                Arguments.of("docs/catalog.md", "docs/dashboards/a.svg", "dashboards/a.svg"),
                Arguments.of("docs/catalog.md", "grafana/dashboards/F/a.json", "../grafana/dashboards/F/a.json"),
                Arguments.of("catalog.md", "docs/dashboards/a.svg", "docs/dashboards/a.svg"),
                Arguments.of("a/b/c.md", "a/b/d.svg", "d.svg"),
                Arguments.of("a/b/c.md", "a/x/d.svg", "../x/d.svg"),
                Arguments.of("docs/dashboards/c.md", "docs/d.svg", "../d.svg"));
    }

    @ParameterizedTest(name = "from {0} to {1}: {2}")
    @MethodSource("relativeLinks")
    void linksAreRelativeToTheCatalog(String from, String target, String link) {
        assertEquals(link, DashboardCatalog.relative(from, target));
    }

    static Stream<Arguments> awkwardTitles() {
        return Stream.of(
                Arguments.of("Shop overview", "Shop overview"),
                Arguments.of("Ops\nTeam", "Ops Team"),
                Arguments.of("Ops\r\n\nTeam", "Ops   Team"),
                Arguments.of("A | B", "A \\| B"),
                Arguments.of("back\\slash", "back\\\\slash"),
                Arguments.of("*bold* _it_ `code` <b> [link] &amp; ~x~", "\\*bold\\* \\_it\\_ \\`code\\` \\<b\\>"
                        + " \\[link\\] \\&amp; \\~x\\~"),
                Arguments.of("Latency ##", "Latency \\#\\#"));
    }

    /** A title is one line of plain text in the table and in its heading, whatever marks it holds. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("awkwardTitles")
    void aTitleIsPlainTextInTheTableAndItsHeading(String title, String shown) {
        Dashboard shop = PLATFORM.dashboards().get(0);
        Observability model = PLATFORM.toBuilder().dashboards(List.of(new Dashboard(shop.uid(), title,
                shop.description(), shop.tags(), shop.folder(), shop.time(), shop.refresh(), shop.timezone(),
                shop.graphTooltip(), shop.editable(), shop.links(), shop.variables(), shop.annotations(), shop.panels(),
                shop.rows()))).build();
        String catalog = new CatalogRenderer().render(model, RenderSettings.of("test")).stream()
                .filter(f -> f.path().equals(CatalogRenderer.PATH)).findFirst().orElseThrow().text();
        List<String> lines = catalog.lines().toList();
        assertTrue(lines.contains("### " + shown), catalog);
        assertTrue(lines.contains("| " + shown + " | `" + shop.uid() + "` | Shop | "
                + shop.allPanels().size() + " | [" + shop.uid() + ".svg](dashboards/" + shop.uid() + ".svg) |"), catalog);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("![") && l.endsWith("](dashboards/" + shop.uid() + ".svg)")),
                catalog);
    }

    static Stream<Arguments> awkwardFolders() {
        return Stream.of(
                Arguments.of("Shop", "Shop"),
                Arguments.of("", "-"),
                Arguments.of("__init__", "\\_\\_init\\_\\_"),
                Arguments.of("a`b", "a\\`b"),
                Arguments.of("Ops *team* [x]", "Ops \\*team\\* \\[x\\]"),
                Arguments.of("A | B", "A \\| B"));
    }

    /** A folder's name is plain text in the table too: a name is not markdown. */
    @ParameterizedTest(name = "folder [{0}]")
    @MethodSource("awkwardFolders")
    void aFolderIsPlainTextInTheTable(String folder, String shown) {
        Dashboard shop = PLATFORM.dashboards().get(0);
        Observability model = PLATFORM.toBuilder().dashboards(List.of(new Dashboard(shop.uid(), "Shop overview",
                shop.description(), shop.tags(), folder, shop.time(), shop.refresh(), shop.timezone(),
                shop.graphTooltip(), shop.editable(), shop.links(), shop.variables(), shop.annotations(), shop.panels(),
                shop.rows()))).build();
        String catalog = new CatalogRenderer().render(model, RenderSettings.of("test")).stream()
                .filter(f -> f.path().equals(CatalogRenderer.PATH)).findFirst().orElseThrow().text();
        assertTrue(catalog.lines().anyMatch(l -> l.equals("| Shop overview | `" + shop.uid() + "` | " + shown
                + " | " + shop.allPanels().size() + " | [" + shop.uid() + ".svg](dashboards/" + shop.uid() + ".svg) |")),
                catalog);
    }

    @Test
    void everyDashboardOfTheComposedTreeIsLinkedFromItsOwnersCatalogToItsPreview() {
        java.util.Collection<GeneratedFile> files = Generation.standard().compose(List.of(PLATFORM,
                        SampleTeams.checkout(PLATFORM), SampleTeams.search(PLATFORM)), RenderSettings.of("test"))
                .output().files();
        Set<String> paths = files.stream().map(GeneratedFile::path).collect(Collectors.toSet());
        List<String> previews = paths.stream().filter(p -> p.endsWith(".svg")).sorted().toList();
        assertEquals(List.of("docs/dashboards/shop-overview.svg", "teams/checkout/docs/dashboards/checkout-traffic.svg",
                "teams/search/docs/dashboards/search-latency.svg"), previews);
        List<String> linked = new ArrayList<>();
        for (GeneratedFile file : files) {
            if (!file.path().endsWith("docs/catalog.md")) {
                continue;
            }
            Matcher links = PREVIEW_LINK.matcher(file.text());
            while (links.find()) {
                String target = Path.of(file.path()).resolveSibling(links.group(1)).normalize().toString()
                        .replace('\\', '/');
                assertTrue(paths.contains(target), file.path() + " links " + links.group(1) + ", which is not written");
                linked.add(target);
            }
        }
        assertEquals(previews.stream().flatMap(p -> Stream.of(p, p)).toList(), linked.stream().sorted().toList(),
                "each preview linked twice from its owner's catalog: in the table and as the image");
    }
}
