package dev.obsgen.core.check.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.promql.GrafanaVariables;
import dev.obsgen.core.check.promql.Query;
import dev.obsgen.core.check.promql.QueryKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The dashboard checks that apply to a Grafana dashboard JSON file without a model: a valid uid, a datasource
 * variable that panels and queries use, a title, description, unit and query on every panel, rates over
 * {@code $__rate_interval}; and every panel query, variables substituted, as a query for the PromQL checks.
 */
public final class DashboardJsonLint {
    private static final Pattern UID = Pattern.compile("[a-zA-Z0-9_-]{1,40}");
    /** Lint knows no scrape interval; Grafana's own default is one minute. */
    public static final long SCRAPE_MILLIS = 60_000;

    /** A finding of the file itself, placed on the line that holds {@code anchor} when it is found. */
    public record Problem(String checkId, FindingSeverity severity, String anchor, String message) {
    }

    /** A panel query for the query checks, and the raw text to find its line by. */
    public record PanelQuery(Query query, String rawExpr) {
    }

    public record Result(List<Problem> problems, List<PanelQuery> queries) {
    }

    public static boolean looksLikeDashboard(JsonNode root) {
        return root.isObject() && (root.has("panels") || root.has("schemaVersion")) && root.has("title");
    }

    public static Result read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        return check(root);
    }

    public static Result check(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        List<PanelQuery> queries = new ArrayList<>();
        String uid = root.path("uid").asText("");
        String dashboard = "dashboard '" + (uid.isEmpty() ? root.path("title").asText("") : uid) + "'";
        if (!UID.matcher(uid).matches()) {
            problems.add(new Problem("dashboard/uid", FindingSeverity.ERROR, "\"uid\"", dashboard
                    + ": uid '" + uid + "' must be 1 to 40 letters, digits, dashes or underscores (set one: Grafana "
                    + "invents a new uid on every import otherwise)"));
        }
        boolean datasourceVariable = false;
        for (JsonNode variable : root.path("templating").path("list")) {
            datasourceVariable |= "datasource".equals(variable.path("type").asText());
        }
        if (!datasourceVariable) {
            problems.add(new Problem("dashboard/datasource", FindingSeverity.ERROR, "\"templating\"", dashboard
                    + " has no datasource variable; add one so the dashboard works on every Prometheus"));
        }
        for (JsonNode panel : panels(root)) {
            String type = panel.path("type").asText();
            if (type.equals("row") || type.equals("text")) {
                continue;
            }
            String title = panel.path("title").asText("");
            String element = "panel '" + title + "' of " + dashboard;
            String anchor = "\"title\": \"" + title + "\"";
            if (title.isBlank() || panel.path("description").asText("").isBlank()) {
                problems.add(new Problem("dashboard/panel-metadata", FindingSeverity.WARNING, anchor, element
                        + " needs a title and a description"));
            }
            if (panel.path("fieldConfig").path("defaults").path("unit").asText("").isBlank()) {
                problems.add(new Problem("dashboard/panel-metadata", FindingSeverity.WARNING, anchor, element
                        + " has no unit"));
            }
            JsonNode targets = panel.path("targets");
            if (!targets.isArray() || targets.isEmpty()) {
                problems.add(new Problem("dashboard/panel-metadata", FindingSeverity.WARNING, anchor, element
                        + " has no query"));
            }
            if (fixedDatasource(panel.path("datasource"))) {
                problems.add(new Problem("dashboard/datasource", FindingSeverity.WARNING, anchor, element
                        + " names a fixed data source; use the datasource variable"));
            }
            for (JsonNode target : targets) {
                String expr = target.path("expr").asText("");
                if (expr.isBlank()) {
                    continue;
                }
                for (QueryTokens.RateRange rate : QueryTokens.scan(expr).rates()) {
                    if (!rate.range().contains("$__rate_interval") && !rate.range().contains("${__rate_interval}")) {
                        problems.add(new Problem("dashboard/rate-interval", FindingSeverity.WARNING, jsonText(expr),
                                element + ": " + rate.function() + "() over [" + rate.range()
                                        + "]; use [$__rate_interval] so the range follows the scrape interval and the zoom"));
                    }
                }
                String ref = target.path("refId").asText("");
                queries.add(new PanelQuery(Query.of(element + (ref.isEmpty() ? "" : " (query " + ref + ")"),
                        GrafanaVariables.substitute(expr, SCRAPE_MILLIS), QueryKind.PANEL), expr));
            }
        }
        return new Result(problems, queries);
    }

    private static List<JsonNode> panels(JsonNode root) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : root.path("panels")) {
            all.add(panel);
            for (JsonNode child : panel.path("panels")) {
                all.add(child);
            }
        }
        return all;
    }

    private static boolean fixedDatasource(JsonNode datasource) {
        String uid = datasource.isObject() ? datasource.path("uid").asText("") : datasource.asText("");
        return !uid.isEmpty() && !uid.startsWith("$") && !uid.startsWith("-- ");
    }

    /** The text as it stands inside a JSON string, escaped, to find its line in the file. */
    public static String jsonText(String expr) {
        try {
            String quoted = new ObjectMapper().writeValueAsString(expr);
            return quoted.substring(1, quoted.length() - 1);
        } catch (IOException e) {
            return expr;
        }
    }
}
