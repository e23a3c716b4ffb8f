package dev.obsgen.core.importer;

import java.util.List;

/**
 * One dashboard read from a Grafana JSON file, as the method that builds it and the PromQL expressions its panels
 * and variables query (Grafana's variables as written), from which the importer infers the metrics to declare.
 */
public record ImportedDashboard(String uid, JavaMethod method, List<String> expressions) {
    public ImportedDashboard {
        expressions = List.copyOf(expressions);
    }
}
