package dev.obsgen.model.dashboard;

/** A reference to a Grafana data source by plugin type and uid; the uid may be a variable such as {@code ${datasource}}. */
public record DatasourceRef(String type, String uid) {
    public static final String VARIABLE_UID = "${datasource}";

    /** The Prometheus data source chosen by the dashboard's {@code datasource} variable. */
    public static DatasourceRef prometheusVariable() {
        return new DatasourceRef("prometheus", VARIABLE_UID);
    }

    public boolean usesVariable() {
        return uid.equals(VARIABLE_UID);
    }
}
