package dev.obsgen.core.lint;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.ElementRef;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.FindingLocation;
import dev.obsgen.core.check.PromDuration;
import dev.obsgen.core.check.SharedNames;
import dev.obsgen.core.check.model.UniqueNames;
import dev.obsgen.core.check.promql.MetricCatalog;
import dev.obsgen.core.check.promql.Query;
import dev.obsgen.core.check.promql.QueryKind;
import dev.obsgen.core.check.promql.QueryRunner;
import dev.obsgen.core.check.promql.QueryTemplates;
import dev.obsgen.core.importer.RuleConversion;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The checks of one group of a rule file: the registry's model checks that read rule files, on a model of the group,
 * and the query checks, on each rule's expression and templates; each finding at the file's line and column. Only
 * {@code model/unique-names} pairs rules across groups: it runs once a document ({@link #checkNames}), on the rules
 * whose name another rule of the document shares, kept without their expressions.
 */
final class GroupLint {
    /** The one check of rule files that needs the other groups of the document. */
    static final String ACROSS_GROUPS = UniqueNames.class.getAnnotation(CheckDefinition.class).id();

    private final CheckRegistry registry;
    private final MetricCatalog catalog;
    private final Optional<NotificationPolicy> routing;

    GroupLint(CheckRegistry registry, MetricCatalog catalog, Optional<NotificationPolicy> routing) {
        // Lint already checks groups on every core; a group's own run stays on its thread.
        this.registry = registry.withThreads(1);
        this.catalog = catalog;
        this.routing = routing;
    }

    /** What the checks of one group found: the model checks' problems and the query checks'. */
    record Outcome(List<LintProblem> model, List<LintProblem> queries) {
    }

    /**
     * Checks a group. {@code first} is the group of this name the file had before, when the name repeats (the
     * reader's error): its rules are checked under that group's name and interval, whose findings that group already
     * gave. They are checked apart from that group's rules, so a rule of the same name and labels in both has its
     * findings on its own line, not on one line naming both; model/unique-names still pairs them.
     */
    Outcome check(GroupSource group, GroupSource first, List<RuleSource> rules) {
        List<LintProblem> model = new ArrayList<>();
        if (group.name() != null) {
            GroupSource named = first == null ? group : first;
            checkModel(List.of(named), Map.of(named.name(), rules), id -> !id.equals(ACROSS_GROUPS), first != null,
                    model);
        }
        List<Query> queries = new ArrayList<>(rules.size());
        Map<Query, RuleSource> sources = new IdentityHashMap<>();
        for (RuleSource rule : rules) {
            Query query = query(rule);
            queries.add(query);
            sources.put(query, rule);
        }
        List<LintProblem> found = new ArrayList<>();
        for (QueryRunner.Located located : registry.queryRunner().run(queries, catalog).located()) {
            found.add(problem(sources.get(located.query()), located.finding()));
        }
        return new Outcome(model, found);
    }

    /**
     * Runs {@code model/unique-names} on the rules of a document whose kind and name another rule of it shares (no
     * other rule can be a duplicate), in their groups in file order, the rules of a repeated group joining the first.
     */
    void checkNames(List<RuleSource> named, Map<String, GroupSource> groups, List<LintProblem> problems) {
        Map<String, Integer> counts = new HashMap<>();
        named.forEach(rule -> counts.merge(kindAndName(rule), 1, Integer::sum));
        Map<String, List<RuleSource>> shared = new LinkedHashMap<>();
        for (RuleSource rule : named) {
            if (counts.get(kindAndName(rule)) > 1) {
                shared.computeIfAbsent(rule.group(), g -> new ArrayList<>()).add(rule);
            }
        }
        if (!shared.isEmpty()) {
            // In the order of the groups' first lines, as a model of the whole document has them.
            checkModel(groups.values().stream().filter(g -> shared.containsKey(g.name())).toList(), shared,
                    ACROSS_GROUPS::equals, false, problems);
        }
    }

    /** The facts of a rule {@link #checkNames} needs: its kind, name, labels, group and line, not its text. */
    static RuleSource named(RuleSource rule) {
        return new RuleSource(rule.file(), rule.group(), null, rule.line(), rule.alert(), rule.record(), "", null, null,
                null, rule.labels(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static String kindAndName(RuleSource rule) {
        return (rule.isAlert() ? "alert\u0000" : "record\u0000") + rule.name();
    }

    /**
     * Runs the registry's checks of rule files on groups as a model, keeping the findings of the checks {@code kept}
     * names. Every file is a model of its own, as Prometheus loads each file on its own, and so is every
     * PrometheusRule of a multi-document file, as the Operator loads each: a group name may repeat across them, and
     * a rule file and the PrometheusRule holding the same groups are two sets of rules, not one set twice.
     */
    private void checkModel(List<GroupSource> groups, Map<String, List<RuleSource>> rulesByGroup,
                            Predicate<String> kept, boolean groupReported, List<LintProblem> problems) {
        Observability.Builder builder = Observability.named("lint");
        routing.ifPresent(builder::notifications);
        Map<String, GroupSource> groupSources = new HashMap<>();
        Map<RuleGroup, List<RuleSource>> sourcesOf = new IdentityHashMap<>();
        for (GroupSource source : groups) {
            groupSources.put(source.name(), source);
            RuleGroup.Builder group = RuleGroup.named(source.name());
            if (source.interval() != null) {
                group.interval(source.interval());
            }
            List<RuleSource> written = rulesByGroup.get(source.name());
            written.forEach(rule -> group.withRule(RuleConversion.modelRule(rule)));
            RuleGroup built = group.build();
            sourcesOf.put(built, written);
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
        String path = groups.get(0).file();
        List<Finding> findings = registry.run(model, CheckInput.RULE_FILES).stream()
                .filter(f -> kept.test(f.checkId())).toList();
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
                if (!groupReported) {
                    int[] at = "interval".equals(finding.location().field()) ? group.intervalAt()
                            : new int[] {group.line(), 1};
                    problems.add(new LintProblem(path, at[0], at[1], finding.severity(), finding.checkId(),
                            ref + ": " + finding.message()));
                }
            } else {
                problems.add(new LintProblem(path, 1, 1, finding.severity(), finding.checkId(),
                        finding.element() + ": " + finding.message()));
            }
        }
    }

    /** A finding about a rule, at the file's line and column of the spot its location points at. */
    private static LintProblem problem(RuleSource rule, Finding finding) {
        int[] position = position(rule, finding.location());
        return new LintProblem(rule.file(), position[0], position[1], finding.severity(), finding.checkId(),
                (rule.isAlert() ? "alert '" : "recording rule '") + rule.name() + "': " + finding.message());
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
}
