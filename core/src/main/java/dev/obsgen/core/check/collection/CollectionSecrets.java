package dev.obsgen.core.check.collection;

import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.Agent;
import dev.obsgen.model.collection.CollectorExporter;
import dev.obsgen.model.collection.CollectorProcessor;
import dev.obsgen.model.collection.JaegerStore;
import dev.obsgen.model.collection.OtelCollector;
import dev.obsgen.model.collection.OtlpReceiver;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.collection.Store;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The agents' configs are committed like every generated file, so their credentials are names of environment
 * variables the agent reads at start, and no endpoint or attribute carries a credential.
 */
public final class CollectionSecrets implements ModelCheck {
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Map<String, Pattern> SECRET_SHAPES = new LinkedHashMap<>();

    static {
        SECRET_SHAPES.put("a user and password", Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?[^/\\s:@]+:[^/\\s@]+@"));
        SECRET_SHAPES.put("a credential in a query string",
                Pattern.compile("[?&](?i:token|key|secret|password|passwd|api_key|apikey|sig)=[^&\\s]+"));
    }

    @Override
    public String id() {
        return "secret/collector";
    }

    @Override
    public String summary() {
        return "Agent credentials are environment variable names; no endpoint or attribute holds a secret.";
    }

    @Override
    public String example() {
        return ".credentials(\"elastic\", \"s3cret\") instead of names of environment variables";
    }

    @Override
    public String fix() {
        return "Name environment variables the agent reads at start: .credentials(\"ELASTICSEARCH_USER\","
                + " \"ELASTICSEARCH_PASSWORD\").";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(Observability model, FindingSink findings) {
        if (model.collection() == null) {
            return;
        }
        for (Store store : model.collection().stores()) {
            String element = "store '" + store.name() + "'";
            if (store instanceof SearchStore search) {
                variable(element, "host", search.hostVariable(), findings);
                variable(element, "port", search.portVariable(), findings);
                variable(element, "user", search.userVariable(), findings);
                variable(element, "password", search.passwordVariable(), findings);
                if ((search.userVariable() == null) != (search.passwordVariable() == null)) {
                    findings.report(element, "names only one of the user and password variables; name both or neither");
                }
            } else if (store instanceof JaegerStore jaeger) {
                scan(element, "OTLP endpoint", jaeger.otlpEndpoint(), findings);
                scan(element, "query URL", jaeger.queryUrl(), findings);
            }
        }
        for (Agent agent : model.collection().agents()) {
            if (agent instanceof OtelCollector collector) {
                String element = "collector '" + collector.name() + "'";
                for (OtlpReceiver receiver : collector.receivers()) {
                    scan(element, "receiver endpoint", receiver.grpcEndpoint(), findings);
                    scan(element, "receiver endpoint", receiver.httpEndpoint(), findings);
                }
                for (CollectorExporter exporter : collector.exporters()) {
                    if (exporter instanceof CollectorExporter.Prometheus prometheus) {
                        scan(element, "exporter endpoint", prometheus.endpoint(), findings);
                    }
                }
                for (CollectorProcessor processor : collector.processors()) {
                    if (processor instanceof CollectorProcessor.Resource resource) {
                        resource.upserts().forEach((key, value) ->
                                scan(element, "resource attribute '" + key + "'", value, findings));
                    }
                }
            }
        }
    }

    private static void variable(String element, String what, String value, FindingSink findings) {
        if (value != null && !VARIABLE.matcher(value).matches()) {
            findings.report(element, what + " must name an environment variable (letters, digits, _), not hold the"
                    + " value itself; the agent reads ${NAME} at start");
        }
    }

    private static void scan(String element, String what, String value, FindingSink findings) {
        if (value == null) {
            return;
        }
        for (Map.Entry<String, Pattern> shape : SECRET_SHAPES.entrySet()) {
            if (shape.getValue().matcher(value).find()) {
                findings.report(element, what + " contains " + shape.getKey()
                        + "; pass credentials through environment variables");
                return;
            }
        }
    }
}
