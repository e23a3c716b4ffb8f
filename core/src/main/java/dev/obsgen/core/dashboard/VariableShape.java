package dev.obsgen.core.dashboard;

/**
 * A template variable: {@code type} is Grafana's ({@code query}, {@code datasource}, {@code custom}, ...);
 * {@code query} the variable's query, empty for none; {@code datasource} the uid a query variable reads, empty for
 * the default; {@code refresh} Grafana's refresh code (1 on load, 2 on time range change, 0 never).
 */
public record VariableShape(String name, String type, String query, String datasource, int refresh) {
    public VariableShape {
        name = name == null ? "" : name;
        type = type == null ? "" : type;
        query = query == null ? "" : query;
        datasource = datasource == null ? "" : datasource;
    }

    public boolean isDatasource() {
        return type.equals("datasource");
    }

    public boolean isQuery() {
        return type.equals("query");
    }
}
