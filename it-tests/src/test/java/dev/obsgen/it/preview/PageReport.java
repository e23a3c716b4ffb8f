package dev.obsgen.it.preview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What Chromium made of one SVG preview: the problems the page reported (exceptions, console and log errors, a
 * document that does not parse), the {@code data-panel-id} of each {@code g.panel} box it laid out with a non-empty
 * bounding box and of each it laid out empty, of each that says "no data" (a preview drawn with data, where a panel's
 * queries returned nothing), and the screenshot it took.
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
     * Why the page fails its check against the number of panels its dashboard shows, or empty when the page has no
     * problem and exactly that many panel boxes, none of them empty or without data.
     */
    List<String> failures(int expectedPanels) {
        List<String> failures = new ArrayList<>();
        problems.forEach(problem -> failures.add(page.getFileName() + ": " + problem));
        if (!emptyPanels.isEmpty()) {
            failures.add(page.getFileName() + ": panel boxes with an empty bounding box: " + emptyPanels);
        }
        if (!panelsWithoutData.isEmpty()) {
            failures.add(page.getFileName() + ": panels drawn with \"no data\": " + panelsWithoutData);
        }
        if (boxedPanels.size() != expectedPanels) {
            failures.add(page.getFileName() + ": " + boxedPanels.size() + " panel boxes drawn " + boxedPanels
                    + ", the dashboard has " + expectedPanels + " panels");
        }
        return failures;
    }
}
