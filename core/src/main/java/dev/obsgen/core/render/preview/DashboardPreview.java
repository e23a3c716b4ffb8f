package dev.obsgen.core.render.preview;

import dev.obsgen.model.dashboard.Dashboard;
import dev.obsgen.model.dashboard.GridPos;
import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.Row;
import dev.obsgen.model.dashboard.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dashboard as an SVG picture a reviewer can look at: Grafana's 24-column grid to scale, every panel's box at its
 * grid position with its title, kind, unit, thresholds and query legends, rows as full-width bands. The same
 * dashboard and data give the same bytes: no clock, no random ids, numbers printed one way.
 *
 * <p>Every panel is a {@code <g class="panel" data-panel-id="…" data-kind="…">} holding a {@code rect.box} at
 * {@code x = MARGIN + x·COLUMN_WIDTH}, {@code y = HEADER_HEIGHT + y·GRID_UNIT}, {@code w·COLUMN_WIDTH − GAP} wide and
 * {@code h·GRID_UNIT − GAP} high; every row a {@code <g class="row">}. The panels of a collapsed row are not drawn,
 * as Grafana does not show them; its band says how many it holds.
 */
public final class DashboardPreview {
    /** Pixels a grid column takes, the gap included: 24 columns are a 1200-pixel wide dashboard. */
    public static final int COLUMN_WIDTH = 50;
    /** Pixels a grid unit of height takes, the gap included: Grafana's 30-pixel cell and its 8-pixel margin. */
    public static final int GRID_UNIT = 38;
    /** Pixels between two panels. */
    public static final int GAP = 8;
    /** Pixels around the grid. */
    public static final int MARGIN = 16;
    /** Pixels above the grid, for the dashboard's title. */
    public static final int HEADER_HEIGHT = 64;
    /** The picture's width. */
    public static final int WIDTH = 2 * MARGIN + GridPos.COLUMNS * COLUMN_WIDTH - GAP;

    private static final String STYLE = """
            <style type="text/css">
              text { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif; fill: #1f2328; }
              .background { fill: #f4f5f5; }
              .dashboard-title { font-size: 18px; font-weight: bold; }
              .dashboard-meta { font-size: 11px; fill: #57606a; }
              .box { fill: #ffffff; stroke: #c7ccd1; stroke-width: 1; }
              .title { font-size: 13px; font-weight: bold; }
              .meta { font-size: 10px; fill: #57606a; }
              .step { stroke: #57606a; stroke-width: 0.5; }
              .query, .content, .cell { font-family: 'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace; font-size: 10px; }
              .content { fill: #3d444d; }
              .expr { font-family: 'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace; font-size: 9px; fill: #8c959f; }
              .axis { stroke: #d0d7de; stroke-dasharray: 4 3; }
              .plot-area { fill: none; stroke: #d0d7de; }
              .axis-label { font-size: 9px; fill: #57606a; }
              .series { fill: none; stroke-width: 1.5; stroke-linejoin: round; }
              .value { font-weight: bold; }
              .no-data { font-size: 14px; font-weight: bold; fill: #c4162a; }
              .band { fill: #e6e8ea; }
              .row-title { font-size: 13px; font-weight: bold; }
            </style>
            """;

    private DashboardPreview() {
    }

    /** The dashboard's picture; with {@link PreviewData#NONE}, its layout and queries without values. */
    public static String svg(Dashboard dashboard, PreviewData data) {
        Objects.requireNonNull(data, "data: PreviewData.NONE for a preview without data");
        List<Row> rows = dashboard.rows().stream().filter(Objects::nonNull).toList();
        List<Panel> shown = new ArrayList<>(visible(dashboard.panels()));
        rows.stream().filter(row -> !row.collapsed()).forEach(row -> shown.addAll(visible(row.panels())));
        int bottom = 0;
        for (Panel panel : shown) {
            bottom = Math.max(bottom, panel.common().gridPos().bottom());
        }
        for (Row row : rows) {
            bottom = row.gridPos() == null ? bottom : Math.max(bottom, row.gridPos().bottom());
        }
        int height = HEADER_HEIGHT + bottom * GRID_UNIT - (bottom == 0 ? 0 : GAP) + MARGIN;

        SvgDocument svg = new SvgDocument();
        svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "version", "1.1", "width", Integer.toString(WIDTH),
                "height", Integer.toString(height), "viewBox", "0 0 " + WIDTH + " " + height,
                "data-uid", dashboard.uid());
        svg.text("title", dashboard.title());
        svg.raw(STYLE.indent(2));
        svg.empty("rect", "class", "background", "x", "0", "y", "0", "width", Integer.toString(WIDTH),
                "height", Integer.toString(height));
        header(svg, dashboard, shown.size() + hidden(rows));
        for (Panel panel : visible(dashboard.panels())) {
            PanelPreview.draw(svg, panel, PanelBox.of(panel.common().gridPos()), data);
        }
        for (Row row : rows) {
            row(svg, row);
            if (!row.collapsed()) {
                for (Panel panel : visible(row.panels())) {
                    PanelPreview.draw(svg, panel, PanelBox.of(panel.common().gridPos()), data);
                }
            }
        }
        svg.close("svg");
        return svg.finish();
    }

    /** The panels with a place in the grid: the dashboard's builder gives every panel one. */
    private static List<Panel> visible(List<Panel> panels) {
        return panels.stream().filter(p -> p != null && p.common() != null && p.common().gridPos() != null).toList();
    }

    private static int hidden(List<Row> rows) {
        return rows.stream().filter(Row::collapsed).mapToInt(row -> visible(row.panels()).size()).sum();
    }

    private static void header(SvgDocument svg, Dashboard dashboard, int panels) {
        double width = WIDTH - 2 * MARGIN;
        svg.open("g", "class", "header");
        svg.text("text", TextFit.line(dashboard.title(), width, 18), "class", "dashboard-title",
                "x", Integer.toString(MARGIN), "y", "30");
        List<String> facts = new ArrayList<>();
        facts.add("uid " + dashboard.uid());
        if (!dashboard.folder().isEmpty()) {
            facts.add("folder " + dashboard.folder());
        }
        facts.add(panels + (panels == 1 ? " panel" : " panels"));
        if (dashboard.time() != null) {
            facts.add("time " + dashboard.time().from() + " to " + dashboard.time().to());
        }
        List<String> variables = dashboard.variables().stream().filter(Objects::nonNull).map(Variable::name).toList();
        if (!variables.isEmpty()) {
            facts.add("variables $" + String.join(", $", variables));
        }
        svg.text("text", TextFit.line(String.join(" · ", facts), width, 11), "class", "dashboard-meta",
                "x", Integer.toString(MARGIN), "y", "50");
        svg.close("g");
    }

    private static void row(SvgDocument svg, Row row) {
        if (row.gridPos() == null) {
            return;
        }
        GridPos position = row.gridPos();
        // A row spans the grid whatever its declared width: Grafana draws it full width.
        PanelBox band = PanelBox.of(new GridPos(position.h(), GridPos.COLUMNS, 0, position.y()));
        int count = visible(row.panels()).size();
        String title = row.collapsed()
                ? "▸ " + row.title() + " (" + count + (count == 1 ? " panel)" : " panels)")
                : "▾ " + row.title();
        svg.open("g", "class", "row", "data-row-id", row.id() == null ? "" : row.id().toString(),
                "data-collapsed", Boolean.toString(row.collapsed()));
        svg.empty("rect", "class", "band", "x", band.x(), "y", band.y(), "width", band.width(),
                "height", band.height(), "rx", 3.0);
        svg.text("text", TextFit.line(title, band.width() - 16, 13), "class", "row-title", "x", band.x() + 8,
                "y", band.y() + Math.min(band.height(), 30) / 2 + 5);
        svg.close("g");
    }
}
