package dev.obsgen.model.collection;

/** Elasticsearch or OpenSearch: one index template format, a different Fluent Bit output plugin. */
public enum SearchEngine {
    ELASTICSEARCH("es", "Elasticsearch"),
    OPENSEARCH("opensearch", "OpenSearch");

    private final String fluentBitOutput;
    private final String label;

    SearchEngine(String fluentBitOutput, String label) {
        this.fluentBitOutput = fluentBitOutput;
        this.label = label;
    }

    public String fluentBitOutput() {
        return fluentBitOutput;
    }

    public String label() {
        return label;
    }
}
