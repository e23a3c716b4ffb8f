package dev.obsgen.it.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.it.tools.Outputs;
import dev.obsgen.model.dashboard.Dashboard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed SVG previews in a real browser: Chromium opens each one, reports no error, lays out a box for every
 * panel of its dashboard, and takes the screenshot attached to this test's report.
 */
@ExtendWith(ChromiumExtension.class)
class PreviewScreenshotIT {

    @Test
    void everyCommittedPreviewOpensWithoutErrorAndDrawsABoxForEveryPanel(Chromium chromium) {
        Path previews = Outputs.committed().resolve("docs").resolve("dashboards");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Dashboard dashboard : PreviewPages.production()) {
            Path svg = previews.resolve(dashboard.uid() + ".svg");
            if (!Files.isRegularFile(svg)) {
                failures.add(dashboard.uid() + ": no committed preview " + svg);
                continue;
            }
            failures.addAll(PreviewPages.check(chromium, svg, dashboard, dashboard.uid()));
            checked++;
        }
        assertEquals(List.of(), failures, "previews Chromium found fault with");
        assertEquals(PreviewPages.production().size(), checked);
    }

    /**
     * The check is only worth something if it fails: a page that throws, logs an error, loses a box or draws one
     * panel twice in place of another does.
     */
    @Test
    void aPageWithErrorsOrAMissingPanelBoxFailsTheCheck(Chromium chromium, @TempDir Path directory) throws IOException {
        Dashboard dashboard = PreviewPages.production().get(0);
        Path svg = Files.writeString(directory.resolve("broken.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
                  <script>console.error("drawn wrong"); throw new Error("broken preview");</script>
                  <g class="panel" data-panel-id="1" data-kind="stat"><rect width="100" height="50"/></g>
                  <g class="panel" data-panel-id="2" data-kind="stat"></g>
                  <image href="missing.png" width="10" height="10"/>
                </svg>
                """);
        List<String> failures = PreviewPages.check(chromium, svg, dashboard, "broken-page-check");
        String all = String.join("\n", failures);
        assertTrue(all.contains("uncaught exception: Error: broken preview"), all);
        assertTrue(all.contains("console.error: drawn wrong"), all);
        assertTrue(all.contains("log error (network): Failed to load resource") && all.contains("missing.png"), all);
        assertTrue(all.contains("panel boxes with an empty bounding box: [2]"), all);
        List<String> ids = PreviewPages.panelIds(dashboard);
        assertTrue(all.contains("panel boxes drawn [1], the dashboard's panels are " + ids), all);

        // As many boxes as the dashboard has panels, but its first panel twice and its second not at all.
        assertTrue(ids.size() >= 2 && !ids.get(0).equals(ids.get(1)), "the dashboard has two panels: " + ids);
        List<String> shuffled = new ArrayList<>(ids);
        shuffled.set(1, ids.get(0));
        StringBuilder boxes = new StringBuilder();
        for (int i = 0; i < shuffled.size(); i++) {
            boxes.append("  <g class=\"panel\" data-panel-id=\"").append(shuffled.get(i)).append("\" data-kind=\"stat\">")
                    .append("<rect x=\"0\" y=\"").append(10 * i).append("\" width=\"100\" height=\"8\"/></g>\n");
        }
        Path swapped = Files.writeString(directory.resolve("swapped.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"200\" height=\"" + 10 * shuffled.size() + "\">\n" + boxes + "</svg>\n");
        List<String> swappedFailures = PreviewPages.check(chromium, swapped, dashboard, "swapped-page-check");
        assertEquals(List.of("swapped.svg: panel boxes drawn " + shuffled + ", the dashboard's panels are " + ids
                + ": no box for [" + ids.get(1) + "], boxes beyond its panels [" + ids.get(0) + "]"), swappedFailures);

        Path unparsable = Files.writeString(directory.resolve("unparsable.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><g class=\"panel\" data-panel-id=\"1\"></svg>");
        String parse = String.join("\n", PreviewPages.check(chromium, unparsable, dashboard, "unparsable-page-check"));
        assertTrue(parse.contains("does not parse"), parse);
    }
}
