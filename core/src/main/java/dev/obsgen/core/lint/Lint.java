package dev.obsgen.core.lint;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.alert.AlertSeverity;
import dev.obsgen.core.check.promql.MetricCatalog;
import dev.obsgen.core.check.promql.Query;
import dev.obsgen.core.check.promql.QueryKind;
import dev.obsgen.core.check.promql.QueryRunner;
import dev.obsgen.core.check.promql.QueryTemplates;
import dev.obsgen.core.check.PromDuration;
import dev.obsgen.model.alerting.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lints Prometheus rule files, PrometheusRule manifests and Grafana dashboard JSON files that have no model: every
 * expression (panel queries with Grafana's variables substituted) is parsed and run through the query checks that
 * need no catalog (or, given a catalog, the typed ones too), rules through the rule-level checks and dashboards
 * through the dashboard checks that apply to JSON. Given an obsgen catalog, which lists every series with its labels
 * and the routed severities, the rules are checked as strictly as the model's own.
 */
public final class Lint {
    private final CheckRegistry registry;
    private final MetricCatalog catalog;
    private final Optional<List<String>> routedSeverities;

    public Lint(CheckRegistry registry, MetricCatalog catalog) {
        this(registry, new LintCatalog(catalog, Optional.empty()));
    }

    /** With an obsgen catalog, alerts are also checked against the severities its routing handles. */
    public Lint(CheckRegistry registry, LintCatalog catalog) {
        this.registry = registry;
        this.catalog = catalog.metrics();
        this.routedSeverities = catalog.routedSeverities();
    }

    public LintReport run(List<Path> inputs) {
        List<LintProblem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            expand(input, files, problems);
        }
        RuleFileReader reader = new RuleFileReader();
        List<RuleSource> rules = new ArrayList<>();
        List<DashboardFile> dashboards = new ArrayList<>();
        for (Path file : files) {
            try {
                if (file.toString().endsWith(".json")) {
                    DashboardFile.read(file, problems::add).ifPresent(dashboards::add);
                    continue;
                }
                RuleFileReader.Result result = reader.read(file);
                rules.addAll(result.rules());
                problems.addAll(result.problems());
            } catch (OutOfMemoryError e) {
                // What the failed read allocated is garbage now; the files read so far are still linted.
                problems.add(tooLarge(file));
            }
        }
        new RuleDuplicate().check(rules, problems::add);
        ForeignRuleStyle style = new ForeignRuleStyle(routedSeverities.isEmpty());
        List<Query> queries = new ArrayList<>();
        Map<Query, RuleSource> sources = new IdentityHashMap<>();
        for (RuleSource rule : rules) {
            style.check(rule, problems::add);
            routedSeverities.ifPresent(routed -> severity(rule, routed, problems));
            Query query = query(rule);
            queries.add(query);
            sources.put(query, rule);
        }
        Map<Query, DashboardFile> panelSources = new IdentityHashMap<>();
        for (DashboardFile dashboard : dashboards) {
            dashboard.check(registry, problems::add);
            for (Query query : dashboard.queries()) {
                queries.add(query);
                panelSources.put(query, dashboard);
            }
        }
        QueryRunner.Result result = registry.queryRunner().run(queries, RuleFilesCatalog.of(catalog, rules));
        for (QueryRunner.Located located : result.located()) {
            if (panelSources.containsKey(located.query())) {
                problems.add(panelSources.get(located.query()).locate(located));
                continue;
            }
            RuleSource rule = sources.get(located.query());
            int[] position = position(rule, located);
            Finding finding = located.finding();
            String message = finding.message().replaceFirst(" \\((?:expr|template) \\d+:\\d+\\)$", "");
            problems.add(new LintProblem(rule.file(), position[0], position[1], finding.severity(), finding.checkId(),
                    (rule.isAlert() ? "alert '" : "recording rule '") + rule.name() + "': " + message));
        }
        problems.sort(Comparator.comparing(LintProblem::file).thenComparingInt(LintProblem::line)
                .thenComparingInt(LintProblem::column).thenComparing(LintProblem::checkId));
        return new LintReport(files.size(), rules.size(), problems);
    }

    /** The model's own rule for severities ({@link AlertSeverity}), against the routes the catalog lists. */
    private static void severity(RuleSource rule, List<String> routed, List<LintProblem> problems) {
        if (!rule.isAlert()) {
            return;
        }
        String severity = rule.labels().get(Severity.LABEL);
        AlertSeverity check = new AlertSeverity();
        AlertSeverity.unrouted(severity, routed).ifPresent(message -> {
            ExprPosition position = rule.labelPositions().get(Severity.LABEL);
            int[] at = severity == null || position == null ? new int[] {rule.line(), 1} : position.locate(severity, 0);
            problems.add(new LintProblem(rule.file(), at[0], at[1], check.severity(), check.id(),
                    "alert '" + rule.name() + "': " + message));
        });
    }

    private static LintProblem tooLarge(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException | RuntimeException e) {
            size = -1;
        }
        return new LintProblem(file.toString(), 0, 0, dev.obsgen.core.check.FindingSeverity.ERROR, RuleFileReader.SHAPE,
                "does not fit in the heap" + (size < 0 ? "" : " (the file is " + megabytes(size) + ")") + ": the heap"
                        + " is at most " + megabytes(Runtime.getRuntime().maxMemory()) + "; give the JVM more with -Xmx"
                        + " (MAVEN_OPTS for the Maven goal) or split the file");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** The file's line and column of the spot a finding points at, in the expression or in a label or annotation. */
    private static int[] position(RuleSource rule, QueryRunner.Located located) {
        String template = located.template();
        if (template == null) {
            return rule.exprPosition().locate(rule.expr(), located.offset());
        }
        String name = QueryTemplates.name(template);
        boolean label = QueryTemplates.isLabel(template);
        ExprPosition position = (label ? rule.labelPositions() : rule.annotationPositions()).get(name);
        String text = (label ? rule.labels() : rule.annotations()).get(name);
        return position == null || text == null ? new int[] {rule.line(), 1} : position.locate(text, located.offset());
    }

    private static Query query(RuleSource rule) {
        Map<String, String> templates = new LinkedHashMap<>();
        rule.annotations().forEach((name, value) -> templates.put(QueryTemplates.annotationKey(name), value));
        rule.labels().forEach((name, value) -> templates.put(QueryTemplates.labelKey(name), value));
        long interval = rule.groupInterval() == null ? -1 : PromDuration.millis(rule.groupInterval());
        String element = rule.file() + ":" + rule.line();
        return new Query(element, rule.expr(), rule.isAlert() ? QueryKind.ALERT : QueryKind.RECORDING,
                rule.forDuration(), rule.keepFiringFor(), templates, rule.labels(), interval > 0 ? interval : null, Map.of());
    }

    private static void expand(Path input, List<Path> files, List<LintProblem> problems) {
        if (Files.isDirectory(input)) {
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")
                                || p.toString().endsWith(".json"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                problems.add(new LintProblem(input.toString(), 0, 0, dev.obsgen.core.check.FindingSeverity.ERROR,
                        RuleFileReader.SHAPE, "cannot list the directory: " + e.getMessage()));
            }
        } else if (Files.exists(input)) {
            files.add(input);
        } else {
            problems.add(new LintProblem(input.toString(), 0, 0, dev.obsgen.core.check.FindingSeverity.ERROR,
                    RuleFileReader.SHAPE, "no such file or directory"));
        }
    }
}
