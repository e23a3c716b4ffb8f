package dev.obsgen.core.render.grafana.v2;

import dev.obsgen.model.Nullable;

/**
 * One thing of a classic dashboard the v2 schema has no place for, or that would not come back the same: a field
 * of the dashboard (a variable's, an annotation's, a link's too), of a panel or of a row. {@code title} and
 * {@code id} name the panel or row, and are null for a field of the dashboard itself.
 */
public record V2Gap(String dashboardUid, Part part, @Nullable String title, @Nullable Integer id, String field,
                    String reason) {
    /** What the field belongs to. */
    public enum Part {
        DASHBOARD, PANEL, ROW
    }

    /** The gap as one line naming the dashboard, the panel or row, and the field. */
    public String message() {
        String where = part == Part.DASHBOARD ? ""
                : " " + (part == Part.ROW ? "row" : "panel") + " '" + title + "'" + (id == null ? "" : " (id " + id + ")");
        return "dashboard '" + dashboardUid + "'" + where + ": '" + field + "' " + reason;
    }
}
