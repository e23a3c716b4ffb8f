package dev.obsgen.core.lint;

import dev.obsgen.core.check.Check;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.ElementRef;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.FindingLocation;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.PromDuration;
import dev.obsgen.core.check.SharedNames;
import dev.obsgen.core.check.promql.MetricCatalog;
import dev.obsgen.core.check.promql.Query;
import dev.obsgen.core.check.promql.QueryKind;
import dev.obsgen.core.check.promql.QueryRunner;
import dev.obsgen.core.check.promql.QueryTemplates;
import dev.obsgen.core.importer.RuleConversion;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lints Prometheus rule files, PrometheusRule manifests and Grafana dashboard JSON files that have no model. Each
 * rule file becomes a model of its rule groups, its rules declared as import would declare them, and the registry's
 * model checks that read rule files run on it ({@link CheckInput#RULE_FILES}); every expression (panel queries with
 * Grafana's variables substituted) runs through the query checks that need no catalog (or, given a catalog, the
 * typed ones too); dashboards through the dashboard checks that apply to JSON. Each finding is mapped back to the
 * file's line and column through its location. Given an obsgen catalog, which lists every series with its labels
 * and the routed severities, the model of each file has that routing, and the rules are checked as strictly as the
 * model's own.
 */
public final class Lint {
    private final CheckRegistry registry;
    private final MetricCatalog catalog;
    /** The routing the obsgen catalog lists, as a model's notification policy, for alert/severity to check against. */
    private final Optional<NotificationPolicy> routing;

    public Lint(CheckRegistry registry, MetricCatalog catalog) {
        this(registry, new LintCatalog(catalog, Optional.empty()));
    }

    /** With an obsgen catalog, alerts are also checked against the severities its routing handles. */
    public Lint(CheckRegistry registry, LintCatalog catalog) {
        this.registry = registry;
        this.catalog = catalog.metrics();
        this.routing = routing(catalog.routedSeverities());
    }

    /** One file to read, and whether it was named (an error when it is no rule file) or found in a folder. */
    private record Input(Path path, boolean named) {
    }

    public LintReport run(List<Path> inputs) {
        List<LintProblem> problems = new ArrayList<>();
        List<Input> files = new ArrayList<>();
        for (Path input : inputs) {
            expand(input, files, problems);
        }
        RuleFileReader reader = new RuleFileReader();
        List<RuleSource> rules = new ArrayList<>();
        List<RuleFileReader.Result> ruleFiles = new ArrayList<>();
        List<DashboardFile> dashboards = new ArrayList<>();
        int skipped = 0;
        for (Input input : files) {
            Path file = input.path();
            try {
                if (file.toString().endsWith(".json")) {
                    DashboardFile.read(file, problems::add).ifPresent(dashboards::add);
                    continue;
                }
                RuleFileReader.Result result = reader.read(file);
                if (!input.named() && !result.ruleFile()) {
                    skipped++;
                    problems.add(new LintProblem(file.toString(), 1, 1, FindingSeverity.NOTE, LintInput.ID,
                            "skipped: neither a rule file (groups:) nor a PrometheusRule"));
                    continue;
                }
                rules.addAll(result.rules());
                ruleFiles.add(result);
                problems.addAll(result.problems());
            } catch (OutOfMemoryError e) {
                // What the failed read allocated is garbage now; the files read so far are still linted.
                problems.add(tooLarge(file));
            }
        }
        for (RuleFileReader.Result file : ruleFiles) {
            for (RuleFileReader.Result document : file.documents()) {
                checkModel(document, problems);
            }
        }
        List<Query> queries = new ArrayList<>();
        Map<Query, RuleSource> sources = new IdentityHashMap<>();
        for (RuleSource rule : rules) {
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
            problems.add(problem(rule, located.finding()));
        }
        problems.sort(Comparator.comparing(LintProblem::file).thenComparingInt(LintProblem::line)
                .thenComparingInt(LintProblem::column).thenComparing(LintProblem::checkId));
        List<String> needModel = registry.needModel(CheckInput.RULE_FILES, CheckInput.DASHBOARD_FILES).stream().map(Check::id).toList();
        return new LintReport(files.size() - skipped, rules.size(), problems, needModel);
    }

    /**
     * Runs the registry's checks of rule files on the groups of a file (or of one document of a multi-document
     * file) as a model. Every file is a model of its own, as Prometheus loads each file on its own, and so is every
     * PrometheusRule of a multi-document file, as the Operator loads each: a group name may repeat across them, and a
     * rule file and the PrometheusRule holding the same groups are two sets of rules, not one set twice.
     */
    private void checkModel(RuleFileReader.Result file, List<LintProblem> problems) {
        Map<String, GroupSource> groupSources = new LinkedHashMap<>();
        Map<String, List<RuleSource>> rulesByGroup = new LinkedHashMap<>();
        for (GroupSource group : file.groups()) {
            if (group.name() != null) {
                groupSources.putIfAbsent(group.name(), group);
                rulesByGroup.putIfAbsent(group.name(), new ArrayList<>());
            }
        }
        for (RuleSource rule : file.rules()) {
            if (rule.group() != null) {
                // A repeated group is the reader's error; its rules join the group of that name.
                rulesByGroup.get(rule.group()).add(rule);
            }
        }
        if (groupSources.isEmpty()) {
            return;
        }
        Observability.Builder builder = Observability.named("lint");
        routing.ifPresent(builder::notifications);
        Map<RuleGroup, List<RuleSource>> sourcesOf = new IdentityHashMap<>();
        for (Map.Entry<String, List<RuleSource>> entry : rulesByGroup.entrySet()) {
            RuleGroup.Builder group = RuleGroup.named(entry.getKey());
            String interval = groupSources.get(entry.getKey()).interval();
            if (interval != null) {
                group.interval(interval);
            }
            entry.getValue().forEach(rule -> group.withRule(RuleConversion.modelRule(rule)));
            RuleGroup built = group.build();
            sourcesOf.put(built, entry.getValue());
            builder.withRuleGroup(built);
        }
        Observability model = builder.build();
        SharedNames shared = SharedNames.of(model);
        Map<ElementRef, List<RuleSource>> rulesByRef = new HashMap<>();
        Map<ElementRef, GroupSource> groupsByRef = new HashMap<>();
        for (RuleGroup group : model.ruleGroups()) {
            groupsByRef.put(Elements.groupRef(group), groupSources.get(group.name()));
            List<Rule> modelRules = group.rules();
            List<RuleSource> written = sourcesOf.get(group);
            for (int i = 0; i < modelRules.size(); i++) {
                rulesByRef.computeIfAbsent(Elements.ruleRef(shared, group, modelRules.get(i)), r -> new ArrayList<>())
                        .add(written.get(i));
            }
        }
        String path = file.groups().get(0).file();
        List<Finding> findings = registry.run(model, CheckInput.RULE_FILES);
        // Rules of one name, group and labels are one element to a check: a finding it makes once for each of them
        // goes to each one's line, and one it makes once for all of them names their lines.
        Map<List<Object>, Integer> repeats = new HashMap<>();
        findings.forEach(f -> repeats.merge(List.of(f.checkId(), String.valueOf(f.location().element()), f.message()), 1,
                Integer::sum));
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (Finding finding : findings) {
            ElementRef ref = finding.location().element();
            List<RuleSource> written = rulesByRef.getOrDefault(ref, List.of());
            GroupSource group = groupsByRef.get(ref);
            List<Object> key = List.of(finding.checkId(), String.valueOf(ref), finding.message());
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            if (written.size() == 1 || written.size() > 1 && repeats.get(key) == written.size()) {
                problems.add(problem(written.get(written.size() == 1 ? 0 : occurrence), finding));
            } else if (!written.isEmpty()) {
                LintProblem first = problem(written.get(0), finding);
                List<String> lines = written.stream().map(r -> String.valueOf(r.line())).toList();
                problems.add(new LintProblem(first.file(), first.line(), first.column(), first.severity(),
                        first.checkId(), first.message() + " (the rules at lines " + String.join(", ",
                        lines.subList(0, lines.size() - 1)) + " and " + lines.get(lines.size() - 1)
                        + " have this name, group and labels)"));
            } else if (group != null) {
                int[] at = "interval".equals(finding.location().field()) ? group.intervalAt() : new int[] {group.line(), 1};
                problems.add(new LintProblem(path, at[0], at[1], finding.severity(), finding.checkId(),
                        ref + ": " + finding.message()));
            } else {
                problems.add(new LintProblem(path, 1, 1, finding.severity(), finding.checkId(),
                        finding.element() + ": " + finding.message()));
            }
        }
    }

    private static Optional<NotificationPolicy> routing(Optional<List<String>> routedSeverities) {
        return routedSeverities.filter(routed -> !routed.isEmpty()).map(routed -> {
            NotificationPolicy.Builder policy = NotificationPolicy.builder();
            for (Severity severity : Severity.values()) {
                if (routed.contains(severity.label())) {
                    policy.withRoute(SeverityRoute.always(severity, "catalog"));
                }
            }
            return policy.build();
        });
    }

    /** A finding about a rule, at the file's line and column of the spot its location points at. */
    private static LintProblem problem(RuleSource rule, Finding finding) {
        int[] position = position(rule, finding.location());
        return new LintProblem(rule.file(), position[0], position[1], finding.severity(), finding.checkId(),
                (rule.isAlert() ? "alert '" : "recording rule '") + rule.name() + "': " + finding.message());
    }

    private static LintProblem tooLarge(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException | RuntimeException e) {
            size = -1;
        }
        return new LintProblem(file.toString(), 0, 0, FindingSeverity.ERROR, RuleFileReader.SHAPE,
                "does not fit in the heap" + (size < 0 ? "" : " (the file is " + megabytes(size) + ")") + ": the heap"
                        + " is at most " + megabytes(Runtime.getRuntime().maxMemory()) + "; give the JVM more with -Xmx"
                        + " (MAVEN_OPTS for the Maven goal) or split the file");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /**
     * The file's line and column of the spot a location points at: in the expression, in a label's or annotation's
     * value, or at one of the rule's own fields (its name, a duration); the rule's first line where it points at none.
     */
    private static int[] position(RuleSource rule, FindingLocation location) {
        int offset = location.range() == null ? 0 : location.range().start();
        String field = location.field();
        if (field == null) {
            return location.range() == null ? new int[] {rule.line(), 1} : rule.exprPosition().locate(rule.expr(), offset);
        }
        if (rule.fieldPositions().containsKey(field)) {
            String value = rule.field(field);
            return value == null ? new int[] {rule.line(), 1} : rule.fieldPositions().get(field).locate(value, offset);
        }
        boolean label = QueryTemplates.isLabel(field);
        if (!label && !field.equals(QueryTemplates.annotationKey(QueryTemplates.name(field)))) {
            return new int[] {rule.line(), 1};
        }
        String name = QueryTemplates.name(field);
        ExprPosition position = (label ? rule.labelPositions() : rule.annotationPositions()).get(name);
        String text = (label ? rule.labels() : rule.annotations()).get(name);
        return position == null || text == null ? new int[] {rule.line(), 1} : position.locate(text, offset);
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

    private static void expand(Path input, List<Input> files, List<LintProblem> problems) {
        if (Files.isDirectory(input)) {
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")
                                || p.toString().endsWith(".json"))
                        .sorted()
                        .forEach(p -> files.add(new Input(p, false)));
            } catch (IOException e) {
                problems.add(new LintProblem(input.toString(), 0, 0, FindingSeverity.ERROR,
                        RuleFileReader.SHAPE, "cannot list the directory: " + e.getMessage()));
            }
        } else if (Files.exists(input)) {
            files.add(new Input(input, true));
        } else {
            problems.add(new LintProblem(input.toString(), 0, 0, FindingSeverity.ERROR,
                    RuleFileReader.SHAPE, "no such file or directory"));
        }
    }
}
