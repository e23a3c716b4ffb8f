package dev.obsgen.core.importer;

import dev.obsgen.model.metric.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the imported model as one Java class a person could have written: {@code define()} composes a method per
 * rule group and per dashboard, a method for the metrics, one for the scrape jobs and one for the routing;
 * selectors several rules repeat are constants; multi-line expressions are text blocks.
 */
public final class ModelSourceWriter {
    private static final String INDENT = "    ";
    /** The Prometheus of a stock in-cluster install; the import says to replace it. */
    static final String PLACEHOLDER_PROMETHEUS_URL = "http://prometheus:9090";
    /** The most rules one method declares: a method's bytecode may not exceed 64 KB. */
    static final int RULES_PER_METHOD = 100;

    /** A method of the class with its Javadoc sentence (empty for none). */
    record Member(String doc, JavaMethod method) {
    }

    private ModelSourceWriter() {
    }

    /** The source of {@code packageName.simpleName}. */
    public static String write(String packageName, String simpleName, ImportedModel model) {
        List<Member> members = new ArrayList<>();
        members.add(new Member("The metrics the imported expressions read. Types marked as guessed come from naming "
                + "conventions: check them, and add help texts.", metrics(model)));
        members.add(new Member("Placeholder scrape jobs, one per job the expressions match: replace each target with "
                + "the job's real discovery.", scrapeJobs(model)));
        for (ImportedGroup group : model.groups()) {
            List<JavaMethod> methods = groupMethods(group, model.constants());
            members.add(new Member("Rule group '" + group.name() + "' of " + group.file() + ".", methods.get(0)));
            for (int i = 1; i < methods.size(); i++) {
                members.add(new Member("Part " + i + " of the rules of group '" + group.name() + "'.",
                        methods.get(i)));
            }
        }
        for (ImportedDashboard dashboard : model.dashboards()) {
            members.add(new Member("Dashboard '" + dashboard.uid() + "'.", dashboard.method()));
        }
        members.add(new Member("Every severity goes to one receiver that notifies nobody: declare the real receivers "
                + "(their secrets as *_file paths) and route to them.", notifications()));
        if (!model.dashboards().isEmpty()) {
            members.add(new Member("A placeholder for where Grafana's Prometheus data source points: replace it with "
                    + "the URL your Grafana reaches Prometheus at.", prometheusSettings()));
        }

        SortedSet<String> imports = new TreeSet<>();
        imports.add("dev.obsgen.model.Observability");
        imports.add("dev.obsgen.model.ObservabilityDefinition");
        imports.add("java.util.List");
        members.forEach(m -> imports.addAll(m.method().imports()));

        StringBuilder source = new StringBuilder();
        if (!packageName.isEmpty()) {
            source.append("package ").append(packageName).append(";\n\n");
        }
        for (String name : imports) {
            source.append("import ").append(name).append(";\n");
        }
        source.append("\n/**\n")
                .append(" * Observability imported by {@code obsgen import} from ")
                .append(String.join(", ", model.files()).replace("*/", "*&#47;")).append(".\n")
                .append(" *\n")
                .append(" * <p>Every alert and recording rule is marked {@code imported()}: until it has scenarios or examples,\n")
                .append(" * their absence is a warning. Each problem the checks found on an imported rule is suppressed on it\n")
                .append(" * with a reason starting \"imported:\", so the model generates while the problem stays listed.\n")
                .append(" */\n")
                .append("public final class ").append(simpleName).append(" implements ObservabilityDefinition {\n");
        for (Map.Entry<String, String> constant : model.constants().entrySet()) {
            source.append(INDENT).append("private static final String ").append(constant.getKey()).append(" = ")
                    .append(JavaText.literal(constant.getValue())).append(";\n");
        }
        if (!model.constants().isEmpty()) {
            source.append('\n');
        }
        source.append(INDENT).append("@Override\n")
                .append(INDENT).append("public Observability define() {\n");
        appendBody(source, define(model));
        source.append(INDENT).append("}\n");
        for (Member member : members) {
            source.append('\n');
            if (!member.doc().isEmpty()) {
                source.append(INDENT).append("/** ").append(member.doc().replace("*/", "*&#47;")).append(" */\n");
            }
            JavaMethod method = member.method();
            source.append(INDENT).append("private static ").append(method.returnType()).append(' ')
                    .append(method.name()).append("() {\n");
            appendBody(source, method.body());
            source.append(INDENT).append("}\n");
        }
        return source.append("}\n").toString();
    }

    private static void appendBody(StringBuilder source, String body) {
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty()) {
                source.append(INDENT).append(INDENT).append(line);
            }
            source.append('\n');
        }
        // The body's last line ended with its own newline, or the split added an empty last line.
        if (body.endsWith("\n")) {
            source.setLength(source.length() - 1);
        }
    }

    private static String define(ImportedModel model) {
        StringBuilder body = new StringBuilder("return Observability.named(")
                .append(JavaText.literal(model.modelName())).append(")\n");
        body.append("        .withMetrics(metrics())\n");
        body.append("        .withScrapeJobs(scrapeJobs())\n");
        for (ImportedGroup group : model.groups()) {
            body.append("        .withRuleGroup(").append(group.methodName()).append("())\n");
        }
        for (ImportedDashboard dashboard : model.dashboards()) {
            body.append("        .withDashboard(").append(dashboard.method().name()).append("())\n");
        }
        body.append("        .notifications(notifications())\n");
        if (!model.dashboards().isEmpty()) {
            body.append("        .prometheus(prometheusSettings())\n");
        }
        if (model.runbookPattern() != null) {
            body.append("        .runbookUrlPattern(").append(JavaText.literal(model.runbookPattern())).append(")\n");
        }
        return body.append("        .build();").toString();
    }

    private static JavaMethod prometheusSettings() {
        return new JavaMethod("prometheusSettings", "PrometheusSettings",
                "return PrometheusSettings.defaults().withQueryUrl(" + JavaText.literal(PLACEHOLDER_PROMETHEUS_URL) + ");",
                new TreeSet<>(List.of("dev.obsgen.model.PrometheusSettings")));
    }

    private static JavaMethod metrics(ImportedModel model) {
        SortedSet<String> imports = new TreeSet<>(List.of("dev.obsgen.model.metric.Metric"));
        if (model.metrics().isEmpty()) {
            return new JavaMethod("metrics", "List<Metric>", "return List.of();", imports);
        }
        StringBuilder body = new StringBuilder("return List.of(\n");
        for (int i = 0; i < model.metrics().size(); i++) {
            InferredMetric metric = model.metrics().get(i);
            body.append("        Metric.").append(metric.type().name().toLowerCase(java.util.Locale.ROOT))
                    .append('(').append(JavaText.literal(metric.name())).append(')');
            if (metric.unit() != Unit.NONE) {
                imports.add("dev.obsgen.model.metric.Unit");
                body.append(".unit(Unit.").append(metric.unit().name()).append(')');
            }
            if (!metric.labels().isEmpty()) {
                body.append(".withLabels(").append(metric.labels().stream().map(JavaText::literal)
                        .collect(Collectors.joining(", "))).append(')');
            }
            body.append(".job(").append(JavaText.literal(metric.job())).append(").build()")
                    .append(i == model.metrics().size() - 1 ? ");" : ",");
            if (!metric.comment().isEmpty()) {
                body.append(" // ").append(metric.comment());
            }
            body.append('\n');
        }
        return new JavaMethod("metrics", "List<Metric>", body.toString().stripTrailing(), imports);
    }

    private static JavaMethod scrapeJobs(ImportedModel model) {
        SortedSet<String> imports = new TreeSet<>(List.of("dev.obsgen.model.scrape.ScrapeJob",
                "dev.obsgen.model.scrape.StaticDiscovery"));
        if (model.scrapeJobs().isEmpty()) {
            return new JavaMethod("scrapeJobs", "List<ScrapeJob>", "return List.of();", imports);
        }
        StringBuilder body = new StringBuilder("return List.of(\n");
        for (int i = 0; i < model.scrapeJobs().size(); i++) {
            String job = model.scrapeJobs().get(i);
            body.append("        ScrapeJob.named(").append(JavaText.literal(job)).append(")\n")
                    .append("                .discovery(StaticDiscovery.of(")
                    .append(JavaText.literal(ImportedModelBuilder.placeholderTarget(job))).append("))\n")
                    .append("                .build()").append(i == model.scrapeJobs().size() - 1 ? ");" : ",")
                    .append('\n');
        }
        return new JavaMethod("scrapeJobs", "List<ScrapeJob>", body.toString().stripTrailing(), imports);
    }

    private static JavaMethod notifications() {
        String receiver = JavaText.literal(ImportedModel.PLACEHOLDER_RECEIVER);
        String body = "return NotificationPolicy.builder()\n"
                + "        .groupBy(\"alertname\")\n"
                + "        .defaultReceiver(" + receiver + ")\n"
                + "        .withRoute(SeverityRoute.always(Severity.CRITICAL, " + receiver + "))\n"
                + "        .withRoute(SeverityRoute.always(Severity.WARNING, " + receiver + "))\n"
                + "        .withRoute(SeverityRoute.always(Severity.INFO, " + receiver + "))\n"
                + "        .withReceiver(Receiver.named(" + receiver + "))\n"
                + "        .build();";
        return new JavaMethod("notifications", "NotificationPolicy", body, new TreeSet<>(List.of(
                "dev.obsgen.model.alerting.NotificationPolicy", "dev.obsgen.model.alerting.Receiver",
                "dev.obsgen.model.alerting.Severity", "dev.obsgen.model.alerting.SeverityRoute")));
    }

    /**
     * The method that builds a rule group, and for a group of more than {@link #RULES_PER_METHOD} rules the methods
     * that each give a part of its rules, so that no method outgrows what the JVM allows.
     */
    static List<JavaMethod> groupMethods(ImportedGroup group, Map<String, String> constants) {
        SortedSet<String> imports = new TreeSet<>(List.of("dev.obsgen.model.rule.Rule",
                "dev.obsgen.model.rule.RuleGroup"));
        StringBuilder settings = new StringBuilder();
        if (group.interval() != null) {
            settings.append("\n        .interval(").append(JavaText.literal(group.interval())).append(")");
        }
        if (group.limit() != null) {
            settings.append("\n        .limit(").append(group.limit()).append(")");
        }
        String named = "RuleGroup.named(" + JavaText.literal(group.name()) + ")" + settings;
        if (group.rules().size() <= RULES_PER_METHOD) {
            StringBuilder body = new StringBuilder("return ").append(named).append('\n');
            for (ImportedRule rule : group.rules()) {
                body.append("        .withRule(").append(ruleChain(rule, constants, imports)).append(")\n");
            }
            body.append("        .build();");
            return List.of(new JavaMethod(group.methodName(), "RuleGroup", body.toString(), imports));
        }
        List<JavaMethod> parts = new ArrayList<>();
        StringBuilder body = new StringBuilder("RuleGroup.Builder group = ").append(named).append(";\n");
        for (int from = 0; from < group.rules().size(); from += RULES_PER_METHOD) {
            List<ImportedRule> part = group.rules().subList(from, Math.min(from + RULES_PER_METHOD, group.rules().size()));
            String name = group.methodName() + "Part" + (parts.size() + 1);
            SortedSet<String> partImports = new TreeSet<>(List.of("dev.obsgen.model.rule.Rule"));
            StringBuilder rules = new StringBuilder("return List.of(\n");
            for (int i = 0; i < part.size(); i++) {
                rules.append("        ").append(ruleChain(part.get(i), constants, partImports))
                        .append("\n                .build()").append(i == part.size() - 1 ? ");" : ",\n");
            }
            parts.add(new JavaMethod(name, "List<Rule>", rules.toString(), partImports));
            body.append(name).append("().forEach(group::withRule);\n");
        }
        body.append("return group.build();");
        List<JavaMethod> methods = new ArrayList<>();
        methods.add(new JavaMethod(group.methodName(), "RuleGroup", body.toString(), imports));
        methods.addAll(parts);
        return methods;
    }

    /** The builder calls of one rule, without {@code build()}: the rule at 8 spaces, its calls at 16. */
    private static String ruleChain(ImportedRule rule, Map<String, String> constants, SortedSet<String> imports) {
        String call = "                .";
        StringBuilder body = new StringBuilder("Rule.").append(rule.alert() ? "alert(" : "record(")
                .append(JavaText.literal(rule.name())).append(")\n");
        body.append(call).append("expr(").append(expression(rule.expr(), constants)).append(")\n");
        if (rule.alert()) {
            optional(body, call, "forDuration", rule.forDuration());
            optional(body, call, "keepFiringFor", rule.keepFiringFor());
            if (rule.severity() != null) {
                imports.add("dev.obsgen.model.alerting.Severity");
                body.append(call).append("severity(Severity.").append(rule.severity().name()).append(")\n");
            }
        }
        rule.labels().forEach((name, value) -> body.append(call).append("label(").append(JavaText.literal(name))
                .append(", ").append(JavaText.string(value, 24)).append(")\n"));
        if (rule.alert()) {
            optional(body, call, "summary", rule.summary());
            optional(body, call, "description", rule.description());
            optional(body, call, "runbook", rule.runbook());
            optional(body, call, "runbookUrl", rule.runbookUrl());
            rule.annotations().forEach((name, value) -> body.append(call).append("annotation(")
                    .append(JavaText.literal(name)).append(", ").append(JavaText.string(value, 24)).append(")\n"));
        }
        optional(body, call, "designNote", rule.designNote());
        body.append(call).append("imported()");
        rule.suppressions().forEach((id, reason) -> body.append('\n').append(call).append("suppress(")
                .append(JavaText.literal(id)).append(", ").append(JavaText.string(reason, 24)).append(')'));
        return body.toString();
    }

    private static void optional(StringBuilder body, String call, String method, String value) {
        if (value != null) {
            body.append(call).append(method).append('(').append(JavaText.string(value, 24)).append(")\n");
        }
    }

    /** An expression as a literal or text block, with the constants it uses joined in. */
    static String expression(String expr, Map<String, String> constants) {
        List<SelectorConstants.Part> parts = SelectorConstants.split(expr, constants);
        if (parts.size() == 1 && !parts.get(0).constant()) {
            return JavaText.string(expr, 24);
        }
        if (!expr.contains("\n")) {
            return parts.stream().map(p -> p.constant() ? p.text() : JavaText.literal(p.text()))
                    .collect(Collectors.joining(" + "));
        }
        StringBuilder template = new StringBuilder();
        List<String> arguments = new ArrayList<>();
        for (SelectorConstants.Part part : parts) {
            if (part.constant()) {
                template.append("%s");
                arguments.add(part.text());
            } else {
                template.append(part.text().replace("%", "%%"));
            }
        }
        String joined = String.join(", ", arguments);
        if (joined.length() > 60) {
            joined = "\n" + " ".repeat(24) + String.join(",\n" + " ".repeat(24), arguments);
        }
        return JavaText.textBlock(template.toString(), 24) + ".formatted(" + joined + ")";
    }
}
