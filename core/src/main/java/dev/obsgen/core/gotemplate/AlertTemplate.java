package dev.obsgen.core.gotemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A label or annotation value of a Prometheus alerting rule, parsed as Prometheus parses it: Go's
 * {@code text/template} with Prometheus' functions, after the definitions Prometheus puts in front of every alert
 * template ({@code rules/alerting.go}, and {@code rulefmt}'s check that {@code promtool} and rule loading run),
 * which make {@code $labels}, {@code $externalLabels}, {@code $externalURL} and {@code $value} defined.
 */
public final class AlertTemplate {
    static final String DEFINITIONS = "{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}"
            + "{{$externalURL := .ExternalURL}}{{$value := .Value}}";
    /** Prometheus names the template after the alert; the name shows only in Go's message. */
    private static final String NAME = "__alert";

    private static final Template DEFINITIONS_ONLY = Template.parse(NAME, DEFINITIONS, TemplateFunctions.prometheus());

    private final String text;
    private final Template template;
    private final TemplateParseException error;
    private DataFlow flow;

    private AlertTemplate(String text, Template template, TemplateParseException error) {
        this.text = text;
        this.template = template;
        this.error = error;
    }

    /** Parses the value; a value Prometheus would refuse has an {@link #error()} that points into it. */
    public static AlertTemplate parse(String text) {
        if (!text.contains("{{")) {
            // Without an action the value is text after the definitions, whose tree is the same for every alert:
            // most values of a large model (summaries, runbook links, label values) are parsed without a parse.
            return new AlertTemplate(text, plain(text), null);
        }
        try {
            return new AlertTemplate(text, Template.parse(NAME, DEFINITIONS + text, TemplateFunctions.prometheus()),
                    null);
        } catch (TemplateParseException e) {
            return new AlertTemplate(text, null, e.withoutPrefix(DEFINITIONS.length()));
        }
    }

    /** The tree Go's parser makes of the definitions followed by text that holds no action. */
    private static Template plain(String text) {
        if (text.isEmpty()) {
            return DEFINITIONS_ONLY;
        }
        List<Node> nodes = new ArrayList<>(DEFINITIONS_ONLY.root().nodes());
        nodes.add(new Node.TextNode(DEFINITIONS.length(), text));
        return new Template(NAME, new Node.ListNode(DEFINITIONS_ONLY.root().offset(), nodes),
                DEFINITIONS_ONLY.definitions());
    }

    /** The parsed tree, for the tests that hold a value's tree to the one the parser makes; null when it fails. */
    Template template() {
        return template;
    }

    public String text() {
        return text;
    }

    /** Why Prometheus refuses the value, with the offset into it; empty when it parses. */
    public Optional<TemplateParseException> error() {
        return Optional.ofNullable(error);
    }

    /** The alert labels the template reads, with offsets into the value; none when it does not parse. */
    public List<LabelReference> labelReferences() {
        return template == null ? List.of() : LabelReferences.of(template, DEFINITIONS.length());
    }

    /** The queries the template runs, with the labels it reads from them; none when it does not parse. */
    public List<TemplateQuery> queries() {
        return template == null ? List.of() : flow().queries();
    }

    /** Where the template prints the alert's value; none when it does not parse. */
    public List<ValuePrint> valuePrints() {
        return template == null ? List.of() : flow().valuePrints();
    }

    private DataFlow flow() {
        if (flow == null) {
            flow = DataFlow.of(template, DEFINITIONS.length());
        }
        return flow;
    }
}
