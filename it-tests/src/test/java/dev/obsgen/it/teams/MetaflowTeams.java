package dev.obsgen.it.teams;

import dev.obsgen.model.Observability;
import java.util.List;

/** The Metaflow platform with the training and serving teams, as compose takes them. */
public final class MetaflowTeams {
    private MetaflowTeams() {
    }

    /**
     * The platform, then both teams declared on exactly that platform: compose refuses a team declared on another
     * version of it, so a test that changes the platform (static targets for promtool, the local stack's profile)
     * declares the teams again on the changed one.
     */
    public static List<Observability> on(Observability platform) {
        return List.of(platform, TrainingTeam.on(platform), ServingTeam.on(platform));
    }
}
