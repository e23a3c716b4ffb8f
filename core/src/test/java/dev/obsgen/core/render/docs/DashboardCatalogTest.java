package dev.obsgen.core.render.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.SampleTeams;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
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
