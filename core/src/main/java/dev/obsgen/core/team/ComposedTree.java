package dev.obsgen.core.team;

import dev.obsgen.core.render.runbook.RunbookRenderer;
import dev.obsgen.model.Observability;

/**
 * Where a team's files go in the composed tree: under {@code teams/<team>/}, laid out as in the team's own tree,
 * except runbooks, which share the platform's folder because they share its URL pattern (hence one namespace of
 * slugs, checked by {@code team/conflict}).
 */
public final class ComposedTree {
    public static final String TEAMS = "teams/";

    private ComposedTree() {
    }

    /** {@code teams/<team>/}: the folder of the team's files. */
    public static String folder(Observability team) {
        return TEAMS + team.name() + "/";
    }

    /** The path in the composed tree of a file at {@code path} in the team's own tree. */
    public static String place(Observability team, String path) {
        return path.startsWith(RunbookRenderer.DIRECTORY) ? path : folder(team) + path;
    }

    /** From a team file at {@code path} (in the team's own tree) back to the root of the composed tree. */
    public static String toRoot(String path) {
        int depth = (int) ("teams/x/" + path).chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
