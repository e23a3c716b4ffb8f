package dev.obsgen.core.render.grafana.v2;

import dev.obsgen.model.Nullable;

/**
 * One thing of a classic dashboard the v2 schema has no place for: a field of the dashboard, of a panel or row, or of
 * a variable. {@code panelTitle} and {@code panelId} are null for a field of the dashboard itself.
 */
public record V2Gap(String dashboardUid, @Nullable String panelTitle, @Nullable Integer panelId, String field,
                    String reason) {
    /** The gap as one line naming the dashboard, the panel and the field. */
    public String message() {
        String where = panelTitle == null ? "" : " panel '" + panelTitle + "'" + (panelId == null ? "" : " (id " + panelId + ")");
        return "dashboard '" + dashboardUid + "'" + where + ": '" + field + "' " + reason;
    }
}
