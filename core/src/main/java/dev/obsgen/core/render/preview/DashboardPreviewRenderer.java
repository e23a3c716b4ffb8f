package dev.obsgen.core.render.preview;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.StreamingRenderer;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.function.Consumer;

/**
 * {@code docs/dashboards/<uid>.svg}: each dashboard's preview without data, committed with the dashboard so that a
 * pull request that changes a dashboard shows the change as a picture. In a composed tree a team's previews are
 * under its folder, next to its catalog, as every team file is.
 */
public final class DashboardPreviewRenderer implements StreamingRenderer {
    public static final String DIRECTORY = "docs/dashboards";

    @Override
    public void render(Observability model, RenderSettings settings, Consumer<GeneratedFile> files) {
        for (Dashboard dashboard : model.dashboards()) {
            String svg = DashboardPreview.svg(dashboard, PreviewData.NONE);
            int declarationEnd = svg.indexOf('\n') + 1;
            // The header every generated file carries, as a comment after the XML declaration, which must be first.
            String comment = "<!-- " + commentText(settings.header()) + " -->\n";
            files.accept(GeneratedFile.text(path(dashboard),
                    svg.substring(0, declarationEnd) + comment + svg.substring(declarationEnd)));
        }
    }

    /** The text with a space after every dash that a dash follows: an XML comment may hold no "--" in any run. */
    static String commentText(String text) {
        return text.replaceAll("-(?=-)", "- ");
    }

    /** {@code docs/dashboards/<uid>.svg}; uids are unique in a model, folders are not part of the name. */
    public static String path(Dashboard dashboard) {
        return DIRECTORY + "/" + dashboard.uid() + ".svg";
    }
}
