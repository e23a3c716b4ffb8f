package dev.obsgen.it.preview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Chromium made of one SVG preview: the problems the page reported (exceptions, console and log errors, a
 * document that does not parse), the {@code data-panel-id} of each {@code g.panel} box it laid out with a non-empty
 * bounding box (in document order, an id twice when two boxes carry it) and of each it laid out empty, of each that
 * says "no data" (a preview drawn with data, where a panel's queries returned nothing), and the screenshot it took.
 */
record PageReport(Path page, List<String> problems, List<String> boxedPanels, List<String> emptyPanels,
                  List<String> panelsWithoutData, Path screenshot) {
    PageReport {
        problems = List.copyOf(problems);
        boxedPanels = List.copyOf(boxedPanels);
        emptyPanels = List.copyOf(emptyPanels);
        panelsWithoutData = List.copyOf(panelsWithoutData);
    }

    /**
     * Why the page fails its check against the ids of the panels its dashboard shows, or empty when the page has no
     * problem and one box for each of those panels, none of them empty or without data. The ids are compared as a
     * whole, not counted: a panel drawn twice does not make up for one that is missing.
     */
    List<String> failures(List<String> expectedPanelIds) {
        List<String> failures = new ArrayList<>();
        problems.forEach(problem -> failures.add(page.getFileName() + ": " + problem));
        if (!emptyPanels.isEmpty()) {
            failures.add(page.getFileName() + ": panel boxes with an empty bounding box: " + emptyPanels);
        }
        if (!panelsWithoutData.isEmpty()) {
            failures.add(page.getFileName() + ": panels drawn with \"no data\": " + panelsWithoutData);
        }
        Map<String, Integer> drawn = counts(boxedPanels);
        Map<String, Integer> expected = counts(expectedPanelIds);
        Set<String> ids = new LinkedHashSet<>(expected.keySet());
        ids.addAll(drawn.keySet());
        List<String> missing = new ArrayList<>();
        List<String> surplus = new ArrayList<>();
        for (String id : ids) {
            int difference = drawn.getOrDefault(id, 0) - expected.getOrDefault(id, 0);
            for (int i = 0; i < Math.abs(difference); i++) {
                (difference < 0 ? missing : surplus).add(id);
            }
        }
        if (!missing.isEmpty() || !surplus.isEmpty()) {
            failures.add(page.getFileName() + ": panel boxes drawn " + boxedPanels + ", the dashboard's panels are "
                    + expectedPanelIds + ": no box for " + missing + ", boxes beyond its panels " + surplus);
        }
        return failures;
    }

    private static Map<String, Integer> counts(List<String> ids) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ids.forEach(id -> counts.merge(id, 1, Integer::sum));
        return counts;
    }
}
