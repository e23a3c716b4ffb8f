package dev.obsgen.model.dashboard;

import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Grafana dashboard. The {@code uid} is declared, never derived from the title, so renaming a dashboard keeps
 * its URL and every link to it. {@code folder} is the folder it is provisioned into. {@code panels} are the
 * panels above the first row; each row holds its own. {@code raw} holds Grafana JSON fields the typed model does
 * not have (see {@link RawFields}); the dashboard, each row and each panel can carry them. {@code suppressions}
 * silence checks on the dashboard and its panels, each with its reason (see {@link Builder#suppress}).
 */
public record Dashboard(String uid, String title, String description, List<String> tags, String folder, TimeRange time,
                        String refresh, String timezone, CursorSync graphTooltip, boolean editable,
                        List<DashboardLink> links, List<Variable> variables, List<AnnotationQuery> annotations,
                        List<Panel> panels, List<Row> rows, RawFields raw, Map<String, String> suppressions) {
    public Dashboard {
        raw = raw == null ? RawFields.none() : raw;
        suppressions = Values.sorted(suppressions);
        description = description == null ? "" : description;
        folder = folder == null ? "" : folder;
        refresh = refresh == null ? "" : refresh;
        timezone = timezone == null ? "browser" : timezone;
        tags = Values.list(tags);
        links = Values.list(links);
        variables = Values.list(variables);
        annotations = Values.list(annotations);
        panels = Values.list(panels);
        rows = Values.list(rows);
    }

    /** A dashboard without raw fields. */
    public Dashboard(String uid, String title, String description, List<String> tags, String folder, TimeRange time,
                     String refresh, String timezone, CursorSync graphTooltip, boolean editable,
                     List<DashboardLink> links, List<Variable> variables, List<AnnotationQuery> annotations,
                     List<Panel> panels, List<Row> rows) {
        this(uid, title, description, tags, folder, time, refresh, timezone, graphTooltip, editable, links, variables,
                annotations, panels, rows, RawFields.none());
    }

    /** A dashboard that suppresses no check. */
    public Dashboard(String uid, String title, String description, List<String> tags, String folder, TimeRange time,
                     String refresh, String timezone, CursorSync graphTooltip, boolean editable,
                     List<DashboardLink> links, List<Variable> variables, List<AnnotationQuery> annotations,
                     List<Panel> panels, List<Row> rows, RawFields raw) {
        this(uid, title, description, tags, folder, time, refresh, timezone, graphTooltip, editable, links, variables,
                annotations, panels, rows, raw, Map.of());
    }

    public Dashboard withFolder(String replacement) {
        return new Dashboard(uid, title, description, tags, replacement, time, refresh, timezone, graphTooltip, editable,
                links, variables, annotations, panels, rows, raw, suppressions);
    }

    public static Builder builder(String uid, String title) {
        return new Builder(uid, title);
    }

    /** Every panel, those in rows included, in dashboard order. */
    public List<Panel> allPanels() {
        List<Panel> all = new ArrayList<>(panels);
        rows.forEach(row -> all.addAll(row.panels()));
        return all;
    }

    public static final class Builder {
        private final String uid;
        private final String title;
        private String description = "";
        private final List<String> tags = new ArrayList<>();
        private String folder = "";
        private TimeRange time = TimeRange.last("6h");
        private String refresh = "";
        private String timezone = "browser";
        private CursorSync graphTooltip = CursorSync.CROSSHAIR;
        private boolean editable = true;
        private final List<DashboardLink> links = new ArrayList<>();
        private final List<Variable> variables = new ArrayList<>();
        private final List<AnnotationQuery> annotations = new ArrayList<>();
        private final List<Panel> panels = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final List<List<Panel>> rowPanels = new ArrayList<>();
        private RawFields raw = RawFields.none();
        private final Map<String, String> suppressions = new LinkedHashMap<>();

        Builder(String uid, String title) {
            this.uid = uid;
            this.title = title;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder tags(List<String> values) {
            tags.clear();
            tags.addAll(Values.list(values));
            return this;
        }

        public Builder withTag(String tag) {
            tags.add(tag);
            return this;
        }

        /** The folder the dashboard is provisioned into; its files go into a directory of that name. */
        public Builder folder(String name) {
            this.folder = name;
            return this;
        }

        public Builder time(String from, String to) {
            this.time = new TimeRange(from, to);
            return this;
        }

        /** The auto-refresh interval such as {@code 1m}; empty for none. */
        public Builder refresh(String interval) {
            this.refresh = interval;
            return this;
        }

        public Builder timezone(String value) {
            this.timezone = value;
            return this;
        }

        public Builder tooltip(CursorSync value) {
            this.graphTooltip = value;
            return this;
        }

        public Builder editable(boolean value) {
            this.editable = value;
            return this;
        }

        public Builder withLink(DashboardLink link) {
            links.add(link);
            return this;
        }

        public Builder withVariable(Variable variable) {
            variables.add(variable);
            return this;
        }

        public Builder withVariable(QueryVariable.Builder variable) {
            return withVariable(variable == null ? null : variable.build());
        }

        public Builder withAnnotation(AnnotationQuery annotation) {
            annotations.add(annotation);
            return this;
        }

        /** Adds a panel: to the last row added, or above the rows when there is none yet. */
        public Builder withPanel(Panel panel) {
            if (rows.isEmpty()) {
                panels.add(panel);
            } else {
                rowPanels.get(rowPanels.size() - 1).add(panel);
            }
            return this;
        }

        public Builder withPanel(PanelBuilder<?, ?> panel) {
            return withPanel(panel == null ? null : panel.build());
        }

        /** Starts a row; the panels added after it belong to it. */
        public Builder withRow(Row row) {
            rows.add(row);
            rowPanels.add(new ArrayList<>());
            return this;
        }

        public Builder withRow(Row.Builder row) {
            return withRow(row == null ? null : row.build());
        }

        /**
         * A Grafana JSON field of the dashboard the typed model does not have, such as {@code timepicker}, or one
         * of a variable such as {@code templating.list[1].current}; see {@link RawFields}.
         */
        public Builder rawField(String path, Object value) {
            this.raw = raw.with(path, value);
            return this;
        }

        /**
         * The dashboard with every panel and row numbered and placed by a {@link GridLayout}. A null panel or row is
         * kept where it is for the check that reports it; a null row's panels have nowhere to go and are left out.
         */
        /**
         * Silences one check on this dashboard and its panels; the reason is printed wherever the finding would be.
         * An imported dashboard carries one for each finding the checks raised on it.
         */
        public Builder suppress(String checkId, String reason) {
            suppressions.put(checkId, reason);
            return this;
        }

        public Dashboard build() {
            Set<Integer> taken = new HashSet<>();
            panels.forEach(p -> addId(taken, id(p)));
            rows.forEach(r -> addId(taken, r == null ? null : r.id()));
            rowPanels.forEach(list -> list.forEach(p -> addId(taken, id(p))));
            IdSequence ids = new IdSequence(taken);
            GridLayout layout = new GridLayout();
            List<Panel> placedPanels = placeSection(panels, layout, ids);
            List<Row> placedRows = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (row == null) {
                    placedRows.add(null);
                    continue;
                }
                int rowId = row.id() != null ? row.id() : ids.next();
                GridPos header = row.gridPos() == null ? layout.rowHeader()
                        : layout.rowHeader(row.gridPos(), "row '" + row.title() + "'");
                // Grafana keeps the panels of a collapsed row out of the grid until it is opened, at the positions
                // they will take then; a declared header says the row comes with such positions.
                GridLayout rowLayout = row.collapsed() && row.gridPos() != null ? new GridLayout() : layout;
                List<Panel> children = placeSection(rowPanels.get(i), rowLayout, ids);
                placedRows.add(new Row(rowId, row.title(), row.collapsed(), header, children, row.raw()));
            }
            return new Dashboard(uid, title, description, tags, folder, time, refresh, timezone, graphTooltip, editable,
                    links, variables, annotations, placedPanels, placedRows, raw, suppressions);
        }

        private void addId(Set<Integer> taken, Integer id) {
            if (id != null && !taken.add(id)) {
                throw new IllegalArgumentException("dashboard '" + uid + "' declares panel id " + id + " twice");
            }
        }

        private static Integer id(Panel panel) {
            return panel == null || panel.common() == null ? null : panel.common().id();
        }

        /**
         * Places the panels above the rows or of one row: the explicitly positioned ones first, so that the others
         * flow around them whatever order they were declared in.
         */
        private static List<Panel> placeSection(List<Panel> section, GridLayout layout, IdSequence ids) {
            List<GridPos> positions = new ArrayList<>();
            for (Panel panel : section) {
                PanelCommon common = panel == null ? null : panel.common();
                if (common == null || common.gridPos() == null) {
                    positions.add(null);
                } else {
                    positions.add(layout.fixed(common.gridPos(), "panel '" + common.title() + "'"));
                }
            }
            List<Panel> placed = new ArrayList<>();
            for (int i = 0; i < section.size(); i++) {
                Panel panel = section.get(i);
                PanelCommon common = panel == null ? null : panel.common();
                if (common == null) {
                    placed.add(panel);
                    continue;
                }
                GridPos position = positions.get(i) != null ? positions.get(i) : layout.flow(common.width(), common.height());
                placed.add(panel.placed(common.id() != null ? common.id() : ids.next(), position));
            }
            return placed;
        }
    }

    /** Hands out panel ids from 1 upwards, skipping the ones declared explicitly. */
    private static final class IdSequence {
        private final Set<Integer> taken;
        private int next = 1;

        IdSequence(Set<Integer> taken) {
            this.taken = taken;
        }

        int next() {
            while (taken.contains(next)) {
                next++;
            }
            taken.add(next);
            return next++;
        }
    }
}
