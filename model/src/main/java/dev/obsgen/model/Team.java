package dev.obsgen.model;

import java.util.Objects;

/**
 * What makes a model a team's: the platform model it is declared on, the Kubernetes namespace its resources
 * ({@code PrometheusRule}, {@code AlertmanagerConfig}, dashboards) go to, and the Grafana folder its dashboards
 * land in when they name none. The platform is another model, the team's catalog: its metrics and recorded series
 * are checked against, its files are not the team's to write.
 */
public record Team(String namespace, String folder, Observability platform) {
    public Team {
        Objects.requireNonNull(platform, "platform");
        if (platform.isTeam()) {
            throw new IllegalArgumentException("a team is declared on a platform model, and '" + platform.name()
                    + "' is the model of team '" + platform.name() + "'");
        }
    }

    /** {@code Observability.team(name)}: the team's name, then where its resources go, then its platform. */
    public static final class Declaration {
        private final String name;
        private String namespace;
        private String folder;

        Declaration(String name) {
            this.name = name;
            this.namespace = name;
            this.folder = name;
        }

        /** The Kubernetes namespace of the team's resources; the team's name unless set. */
        public Declaration namespace(String value) {
            this.namespace = value;
            return this;
        }

        /** The Grafana folder of the team's dashboards that name none; the team's name unless set. */
        public Declaration folder(String value) {
            this.folder = value;
            return this;
        }

        /** The team's model builder, on the given platform model. */
        public Observability.Builder on(Observability platform) {
            return new Observability.Builder(name, new Team(namespace, folder, platform));
        }

        /** The team's model builder, on the platform model the builder builds. */
        public Observability.Builder on(Observability.Builder platform) {
            return on(Objects.requireNonNull(platform, "platform").build());
        }
    }
}
