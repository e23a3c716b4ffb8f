package dev.obsgen.it.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.render.preview.DashboardPreview;
import dev.obsgen.it.stack.Await;
import dev.obsgen.it.stack.LiveStack;
import dev.obsgen.it.stack.LiveStackExtension;
import dev.obsgen.it.stack.LocalStackProfile;
import dev.obsgen.it.stack.SyntheticExporter;
import dev.obsgen.model.dashboard.Dashboard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every dashboard drawn with real data: each panel's queries run as range queries over the live stack's life against
 * the Prometheus that scrapes the synthetic exporter, every panel with queries has a series with numbers in it, and
 * the previews drawn with those series ({@code target/previews/<uid>.svg}, not committed) open in Chromium without
 * error, with a box for every panel and none saying "no data"; their screenshots are attached to the report.
 */
@ExtendWith({LiveStackExtension.class, ChromiumExtension.class})
class LivePreviewIT {
    private static final double STEP_SECONDS = Double.parseDouble(LocalStackProfile.INTERVAL.replace("s", ""));

    @BeforeAll
    static void traffic(LiveStack stack) {
        // Calm series leave ratios and quantiles NaN: every panel needs moving series to have numbers.
        SyntheticExporter exporter = stack.exporter();
        exporter.feedEveryAllowedSeries();
        // Then the ratios a reviewer reads in the screenshots take plausible values, not the 100 % of equal paces:
        // few errors and failures, connections well under the limit.
        exporter.grow("metadata_requests_total", Map.of(), 2000);
        exporter.grow("metaflow_runs_total", Map.of("status", "completed"), 40);
        exporter.grow("metaflow_steps_total", Map.of("status", "completed"), 30);
        exporter.set("postgres_max_connections", Map.of(), 100);
        exporter.set("postgres_active_connections", Map.of(), 37);
    }

    @Test
    void everyPanelOfEveryDashboardHasLiveDataAndItsPreviewShowsIt(LiveStack stack, Chromium chromium)
            throws IOException {
        List<LivePanelData> data = Await.until("every panel with queries has a series with numbers", () -> {
            List<LivePanelData> all = query(stack);
            List<String> empty = new ArrayList<>();
            all.forEach(dashboard -> empty.addAll(dashboard.panelsWithoutData()));
            if (!empty.isEmpty()) {
                throw new IllegalStateException("panels without data:\n  " + String.join("\n  ", empty));
            }
            return Optional.of(all);
        });
        assertEquals(PreviewPages.production().stream().map(Dashboard::uid).toList(),
                data.stream().map(d -> d.dashboard().uid()).toList());

        List<String> failures = new ArrayList<>();
        for (LivePanelData live : data) {
            Dashboard dashboard = live.dashboard();
            Path svg = Files.createDirectories(PreviewPages.directory()).resolve(dashboard.uid() + ".svg");
            Files.writeString(svg, DashboardPreview.svg(dashboard, new LivePreviewData(live)), StandardCharsets.UTF_8);
            failures.addAll(PreviewPages.check(chromium, svg, dashboard, dashboard.uid() + "-live"));
        }
        assertEquals(List.of(), failures, "live previews Chromium found fault with");
    }

    private static List<LivePanelData> query(LiveStack stack) {
        double start = stack.prometheusStart().getEpochSecond();
        double end = Instant.now().getEpochSecond();
        List<LivePanelData> all = new ArrayList<>();
        for (Dashboard dashboard : PreviewPages.production()) {
            all.add(LivePanelData.query(stack.prometheus(), dashboard, start, end, STEP_SECONDS));
        }
        return all;
    }
}
