package dev.obsgen.it.preview;

import dev.obsgen.core.slo.SloRules;
import dev.obsgen.definitions.metaflow.MetaflowObservability;
import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.Panel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The dashboards whose previews are checked, where the checks put their screenshots, and how a page is judged. */
final class PreviewPages {
    private static final List<Dashboard> PRODUCTION =
            SloRules.expand(MetaflowObservability.model().build()).dashboards();

    private PreviewPages() {
    }

    /** {@code target/previews} of the it-tests module: the live previews and every screenshot. */
    static Path directory() {
        return Path.of("target", "previews").toAbsolutePath();
    }

    /** Every dashboard generation writes for the reference model: its own and one per service with SLOs. */
    static List<Dashboard> production() {
        return PRODUCTION;
    }

    /**
     * The {@code data-panel-id} of every panel a preview draws a box for: every panel, those of rows included, but not
     * those of a collapsed row, which Grafana does not show either. A panel without an id has the empty string.
     */
    static List<String> panelIds(Dashboard dashboard) {
        List<Panel> shown = new ArrayList<>(dashboard.panels());
        dashboard.rows().stream().filter(row -> !row.collapsed()).forEach(row -> shown.addAll(row.panels()));
        return shown.stream().map(panel -> panel.common().id() == null ? "" : panel.common().id().toString()).toList();
    }

    /**
     * Opens the preview in Chromium, saves its screenshot as {@code <screenshotName>.png} in {@link #directory()},
     * attaches the screenshot to the test's report, and returns why the page fails its check (empty when it passes).
     */
    static List<String> check(Chromium chromium, Path svg, Dashboard dashboard, String screenshotName) {
        PageReport report = chromium.check(svg, directory().resolve(screenshotName + ".png"));
        // JUnit report attachments: a line of the test's output the report's reader turns into a link to the file.
        System.out.println("[[ATTACHMENT|" + report.screenshot() + "]]");
        return new ArrayList<>(report.failures(panelIds(dashboard)));
    }
}
