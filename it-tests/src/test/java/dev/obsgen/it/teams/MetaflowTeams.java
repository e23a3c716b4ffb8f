package dev.obsgen.it.teams;

import dev.obsgen.model.Observability;
import java.util.ArrayList;
import java.util.List;

/** The Metaflow platform with the training and serving teams, as compose takes them. */
public final class MetaflowTeams {
    private MetaflowTeams() {
    }

    /**
     * Both teams declared on exactly that platform: compose refuses a team declared on another version of it, so
     * a test that changes the platform (static targets for promtool) declares the teams again on the changed one.
     */
    public static List<Observability> teams(Observability platform) {
        return List.of(TrainingTeam.on(platform), ServingTeam.on(platform));
    }

    /** The platform, then both teams declared on it. */
    public static List<Observability> on(Observability platform) {
        List<Observability> models = new ArrayList<>();
        models.add(platform);
        models.addAll(teams(platform));
        return List.copyOf(models);
    }
}
