package dev.obsgen.core.dashboard;

import dev.obsgen.model.Nullable;
import dev.obsgen.promql.PositionRange;

/**
 * One PromQL expression of a dashboard, as {@link DashboardShape#queries()} yields them: a panel query ({@code panel}
 * and {@code target} set) or an annotation query (both null). {@code text} is the query as written, {@code expr} the
 * same with Grafana's variables substituted, which is what is parsed.
 *
 * <p>Which targets are queries: a blank target is Grafana's empty "new query" placeholder and runs nothing, so it is
 * not one (a panel with only blank targets has no query); a hidden target is one, since it still runs for the
 * expressions that read it and is shown again with one click. Panels of rows, collapsed or not, are walked like the
 * others; a library panel has no targets in the dashboard.
 */
public record DashboardQuery(DashboardShape dashboard, @Nullable PanelShape panel, @Nullable TargetShape target,
                             String element, String text, String expr) {
    /** The text as written that a range of the substituted {@link #expr()} comes from. */
    public String textOf(PositionRange range) {
        int start = GrafanaVariables.originalOffset(text, range.start(), dashboard.scrapeMillis());
        int end = GrafanaVariables.originalOffset(text, range.end(), dashboard.scrapeMillis());
        return text.substring(Math.min(start, text.length()), Math.min(Math.max(start, end), text.length()));
    }

    /** The offset in the text as written that an offset in the substituted expression comes from. */
    public int textOffset(int exprOffset) {
        return GrafanaVariables.originalOffset(text, exprOffset, dashboard.scrapeMillis());
    }
}
