package dev.obsgen.core.team;

import dev.obsgen.model.Observability;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A platform model and the team models declared on it: what a team's build checks (the platform and that team)
 * and what compose writes as one tree (the platform and every team).
 */
public record Composition(Observability platform, List<Observability> teams) {
    public Composition {
        teams = List.copyOf(teams);
    }

    /** A team's own build: the team on the platform it is declared on. */
    public static Composition ofTeam(Observability team) {
        if (!team.isTeam()) {
            throw new IllegalArgumentException("model '" + team.name() + "' is not a team's model");
        }
        return new Composition(team.team().platform(), List.of(team));
    }

    /**
     * The models compose was given: at most one platform and any number of teams, every team declared on that
     * platform. With no platform among them, the platform is the one the teams are declared on.
     *
     * @throws CompositionException naming the models that do not fit together
     */
    public static Composition of(List<Observability> models) {
        List<Observability> platforms = models.stream().filter(m -> !m.isTeam()).toList();
        // Sorted by name, so the composed tree does not depend on the order the models were given in.
        List<Observability> teams = models.stream().filter(Observability::isTeam)
                .sorted(Comparator.comparing(Observability::name, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        for (int i = 1; i < teams.size(); i++) {
            if (teams.get(i).equals(teams.get(i - 1))) {
                throw new CompositionException("team '" + teams.get(i).name() + "' is given twice; give each team's "
                        + "model class once");
            }
        }
        if (platforms.size() > 1) {
            throw new CompositionException("compose takes one platform model and team models, and was given "
                    + platforms.size() + " platform models: " + names(platforms)
                    + "; declare the others as teams with Observability.team(name).on(platform)");
        }
        if (platforms.isEmpty() && teams.isEmpty()) {
            throw new CompositionException("compose was given no model");
        }
        Observability platform = platforms.isEmpty() ? teams.get(0).team().platform() : platforms.get(0);
        for (Observability team : teams) {
            Observability own = team.team().platform();
            if (!own.equals(platform)) {
                String which = own.name().equals(platform.name())
                        ? "another version of platform '" + platform.name() + "' (rebuild the team against the "
                                + "platform composed here)"
                        : "platform '" + own.name() + "', not on platform '" + platform.name() + "'";
                throw new CompositionException("team '" + team.name() + "' is declared on " + which);
            }
        }
        return new Composition(platform, teams);
    }

    /** The teams as they are rendered: owner label on every alert, dashboards in the team's folder. */
    public List<Observability> views() {
        List<Observability> views = new ArrayList<>();
        teams.forEach(team -> views.add(TeamView.of(team)));
        return views;
    }

    /** How a finding or a file names whose an element is: {@code team 'training'}, {@code platform 'metaflow'}. */
    public static String owner(Observability model) {
        return (model.isTeam() ? "team '" : "platform '") + model.name() + "'";
    }

    private static String names(List<Observability> models) {
        return String.join(", ", models.stream().map(m -> "'" + m.name() + "'").toList());
    }
}
