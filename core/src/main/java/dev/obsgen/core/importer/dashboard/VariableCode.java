package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.model.dashboard.ConstantVariable;
import dev.obsgen.model.dashboard.CustomVariable;
import dev.obsgen.model.dashboard.DatasourceVariable;
import dev.obsgen.model.dashboard.IntervalVariable;
import dev.obsgen.model.dashboard.QueryVariable;
import dev.obsgen.model.dashboard.TextboxVariable;
import dev.obsgen.model.dashboard.Variable;
import dev.obsgen.model.dashboard.VariableHide;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A templating variable as model code, with the fields it takes, for {@link Leftovers} to sort out the rest. */
final class VariableCode {
    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*(?:label_values|query_result)\\((.+?)(?:,\\s*[A-Za-z_][A-Za-z0-9_]*)?\\)\\s*$",
            Pattern.DOTALL);
    private static final String[] HIDE = {"SHOW", "HIDE_LABEL", "HIDE"};
    private static final String[] SORT = {"NONE", "ALPHABETICAL_ASC", "ALPHABETICAL_DESC", "NUMERICAL_ASC",
            "NUMERICAL_DESC", "ALPHABETICAL_CASE_INSENSITIVE_ASC", "ALPHABETICAL_CASE_INSENSITIVE_DESC", "NATURAL_ASC",
            "NATURAL_DESC"};

    /** The code, the model kind it renders as (for its skeleton), and the fields taken. */
    record Mapped(String code, Variable kind, Set<String> taken) {
    }

    private VariableCode() {
    }

    /** Null for a kind the model does not have. */
    static Mapped variable(ImportContext context, JsonNode v) {
        String name = v.path("name").asText("");
        String label = v.path("label").asText("");
        int hideCode = v.path("hide").asInt(0);
        String hide = context.model("VariableHide") + "." + HIDE[Math.max(0, Math.min(2, hideCode))];
        String element = "variable '" + name + "'";
        String type = v.path("type").asText("");
        Set<String> common = Set.of("name", "label", "hide", "type");
        switch (type) {
            case "datasource" -> {
                String code = "new " + context.model("DatasourceVariable") + "(" + JavaText.string(name) + ", "
                        + JavaText.string(label) + ", " + JavaText.string(v.path("query").asText("prometheus")) + ", "
                        + JavaText.string(v.path("regex").asText("")) + ", " + hide + ")";
                return new Mapped(code, DatasourceVariable.prometheus(), with(common, "query", "regex"));
            }
            case "query" -> {
                JsonNode q = v.path("query");
                String query = q.isObject() ? q.path("query").asText("") : q.asText("");
                expressions(context, query);
                CodeChain chain = new CodeChain(context.model("QueryVariable") + ".builder(" + JavaText.string(name)
                        + ", " + JavaText.text(query, JavaText.INDENT + JavaText.INDENT + JavaText.INDENT) + ")");
                if (!label.isEmpty()) {
                    chain.call("label", JavaText.string(label));
                }
                String ds = context.datasource(v.get("datasource"), element);
                if (!JsonValues.has(v, "datasource")) {
                    context.note(element, "datasource: none given (Grafana's default data source); the model's"
                            + " ${datasource} is written");
                }
                if (ds != null) {
                    chain.call("datasource", ds);
                }
                int refresh = v.path("refresh").asInt(1);
                String[] refreshes = {"NEVER", "ON_DASHBOARD_LOAD", "ON_TIME_RANGE_CHANGE"};
                if (refresh != 2) {
                    chain.call("refresh", "QueryVariable.Refresh." + refreshes[Math.max(0, Math.min(2, refresh))]);
                }
                if (v.path("multi").asBoolean(false)) {
                    chain.call("multi", "true");
                }
                if (v.path("includeAll").asBoolean(false)) {
                    chain.call("includeAll", "true", JavaText.string(JsonValues.text(v, "allValue")));
                }
                int sort = v.path("sort").asInt(0);
                if (sort != 5) {
                    chain.call("sort", "QueryVariable.Sort." + SORT[Math.max(0, Math.min(8, sort))]);
                }
                if (!v.path("regex").asText("").isEmpty()) {
                    chain.call("regex", JavaText.string(v.path("regex").asText()));
                }
                if (hideCode != 0) {
                    chain.call("hide", hide);
                }
                Set<String> taken = with(common, "query", "datasource", "refresh", "multi", "includeAll", "sort",
                        "regex", "definition");
                if (v.path("includeAll").asBoolean(false) || v.path("allValue").isNull()) {
                    taken = with(taken, "allValue");
                }
                if (q.isObject()) {
                    context.note(element, "query object " + JsonValues.shortText(q) + " written as its query text");
                }
                String definition = v.path("definition").asText(query);
                if (!definition.equals(query)) {
                    context.note(element, "definition '" + definition + "' differs from the query; the model writes"
                            + " the query as its definition");
                }
                return new Mapped(chain.render(""), QueryVariable.builder("q", "up").build(), taken);
            }
            case "custom", "interval" -> {
                List<String> values = values(v);
                if (values.isEmpty()) {
                    return null;
                }
                String list = context.use("java.util.List") + ".of(" + String.join(", ",
                        values.stream().map(JavaText::string).toList()) + ")";
                if (type.equals("custom")) {
                    return new Mapped("new " + context.model("CustomVariable") + "(" + JavaText.string(name) + ", "
                            + JavaText.string(label) + ", " + list + ", " + v.path("multi").asBoolean(false) + ", "
                            + v.path("includeAll").asBoolean(false) + ", " + hide + ")",
                            new CustomVariable("c", "", List.of("a"), false, false, VariableHide.SHOW),
                            with(common, "query", "multi", "includeAll", "options", "current"));
                }
                return new Mapped("new " + context.model("IntervalVariable") + "(" + JavaText.string(name) + ", "
                        + JavaText.string(label) + ", " + list + ", " + hide + ")",
                        new IntervalVariable("i", "", List.of("1m"), VariableHide.SHOW),
                        with(common, "query", "options", "current"));
            }
            case "constant" -> {
                return new Mapped("new " + context.model("ConstantVariable") + "(" + JavaText.string(name) + ", "
                        + JavaText.string(v.path("query").asText("")) + ")", new ConstantVariable("k", "v"),
                        with(common, "query"));
            }
            case "textbox" -> {
                return new Mapped("new " + context.model("TextboxVariable") + "(" + JavaText.string(name) + ", "
                        + JavaText.string(label) + ", " + JavaText.string(v.path("query").asText("")) + ", " + hide
                        + ")", new TextboxVariable("t", "", "v", VariableHide.SHOW), textboxCurrentIsQuery(v)
                        ? with(common, "query", "current") : with(common, "query"));
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * The renderer writes a textbox's {@code current} as its value; a {@code current} that says the same is carried
     * over, one holding another value (typed in the browser and saved) is not, and the note says so.
     */
    private static boolean textboxCurrentIsQuery(JsonNode v) {
        JsonNode current = v.path("current");
        String query = v.path("query").asText("");
        return current.isObject() && current.path("value").isTextual() && current.get("value").asText().equals(query)
                && (current.path("text").isMissingNode() || current.path("text").asText().equals(query));
    }

    /** The metric selector a {@code label_values(selector, label)} or {@code query_result(expr)} query reads. */
    private static void expressions(ImportContext context, String query) {
        Matcher m = LABEL_VALUES.matcher(query);
        if (m.matches()) {
            context.expression(m.group(1).strip());
        }
    }

    private static List<String> values(JsonNode v) {
        List<String> values = new ArrayList<>();
        for (String value : v.path("query").asText("").split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
