package dev.obsgen.core.check;

import dev.obsgen.core.check.secret.CollectionSecrets;
import dev.obsgen.core.check.collection.CollectionTopology;
import dev.obsgen.core.check.otel.CollectorPipelines;
import dev.obsgen.core.check.fluentbit.FluentBitValues;
import dev.obsgen.core.check.dashboard.DashboardCheck;
import dev.obsgen.core.check.dashboard.DashboardRateInterval;
import dev.obsgen.core.check.dashboard.DashboardUid;
import dev.obsgen.core.check.dashboard.DashboardUnknownMetric;
import dev.obsgen.core.check.dashboard.DashboardV2Format;
import dev.obsgen.core.check.dashboard.DatasourceVariableUse;
import dev.obsgen.core.check.dashboard.HeatmapHistogram;
import dev.obsgen.core.check.dashboard.PanelIds;
import dev.obsgen.core.check.dashboard.PanelLayout;
import dev.obsgen.core.check.dashboard.PanelMetric;
import dev.obsgen.core.check.dashboard.PanelMetadata;
import dev.obsgen.core.check.dashboard.VariableRefresh;
import dev.obsgen.core.check.grafana.GrafanaDataSourceSettings;
import dev.obsgen.core.check.log.LogEventFields;
import dev.obsgen.core.check.log.LogIndexMapping;
import dev.obsgen.core.check.log.LogIndexPattern;
import dev.obsgen.core.check.log.LogTimeFormat;
import dev.obsgen.core.check.alert.AlertAnnotations;
import dev.obsgen.core.check.alert.AlertNameStyle;
import dev.obsgen.core.check.alert.AlertScenarios;
import dev.obsgen.core.check.alert.AlertSeverity;
import dev.obsgen.core.check.metric.CounterSuffix;
import dev.obsgen.core.check.model.Durations;
import dev.obsgen.core.check.secret.InlineSecret;
import dev.obsgen.core.check.metric.MetricNames;
import dev.obsgen.core.check.metric.MetricScrapeJob;
import dev.obsgen.core.check.model.MissingValue;
import dev.obsgen.core.check.recording.RecordingExamples;
import dev.obsgen.core.check.recording.RecordingName;
import dev.obsgen.core.check.model.Suppressions;
import dev.obsgen.core.check.alertmanager.Routing;
import dev.obsgen.core.check.model.UniqueNames;
import dev.obsgen.core.check.metric.UnitSuffix;
import dev.obsgen.core.check.output.PathCollision;
import dev.obsgen.core.check.output.PathName;
import dev.obsgen.core.check.trace.SpanTree;
import dev.obsgen.core.check.alert.AlertComparison;
import dev.obsgen.core.check.alert.AlertFor;
import dev.obsgen.core.check.alert.AlertTemplateSyntax;
import dev.obsgen.core.check.promql.CounterWithoutRate;
import dev.obsgen.core.check.promql.Experimental;
import dev.obsgen.core.check.promql.HistogramQuantile;
import dev.obsgen.core.check.promql.ImpossibleMatch;
import dev.obsgen.core.check.promql.LabelValue;
import dev.obsgen.core.check.promql.ModelCatalog;
import dev.obsgen.core.check.promql.ModelQueries;
import dev.obsgen.core.check.promql.MetricCatalog;
import dev.obsgen.core.check.promql.Query;
import dev.obsgen.core.check.promql.QueryCheck;
import dev.obsgen.core.check.promql.QueryRunner;
import dev.obsgen.core.check.promql.RateOnGauge;
import dev.obsgen.core.check.promql.RateRange;
import dev.obsgen.core.check.promql.SelfRatio;
import dev.obsgen.core.check.promql.SyntaxCheck;
import dev.obsgen.core.check.alert.TemplateLabels;
import dev.obsgen.core.check.alert.TemplateQueries;
import dev.obsgen.core.check.promql.UnknownLabel;
import dev.obsgen.core.check.promql.UnknownMetric;
import dev.obsgen.core.check.alert.ValueFormat;
import dev.obsgen.core.check.alert.ValueInLabel;
import dev.obsgen.core.dashboard.DashboardShape;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.lint.LintInput;
import dev.obsgen.core.check.slo.SloDefinition;
import dev.obsgen.core.check.team.OperatorRouting;
import dev.obsgen.core.check.team.TeamConflict;
import dev.obsgen.core.check.team.TeamScope;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.core.team.Composition;
import dev.obsgen.core.team.TeamView;
import dev.obsgen.core.verify.VerifyChecks;
import dev.obsgen.model.Observability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every check obsgen runs, in explicit lists: checks of the model's structure, which run first, checks of the model
 * as a whole, checks of each PromQL expression (alerts, recording rules), and the check of the files lint reads.
 * Lint runs the same checks on rule files made into rule groups: each check says which inputs it reads
 * ({@link Check#reads(CheckInput)}), and {@link #needModel(CheckInput)} lists the ones lint skips. The check
 * documentation is generated from it.
 */
public final class CheckRegistry {
    private final List<List<ModelCheck>> structureChecks;
    private final List<ModelCheck> checks;
    private final SyntaxCheck syntax;
    private final List<QueryCheck> queryChecks;
    private final List<Check> lintChecks;
    private static final List<CompositionCheck> COMPOSITION_CHECKS = List.of(new TeamScope(), new TeamConflict(),
            new OperatorRouting());
    private final List<CompositionCheck> compositionChecks = COMPOSITION_CHECKS;
    /** The comparisons of a model with a running server ({@code obsgen verify}), listed for the documentation. */
    private final List<Check> verifyChecks = List.copyOf(VerifyChecks.all());

    /**
     * The parts the queries are cut into for the run's threads: more parts than threads, so that a thread done with
     * its model checks takes a part the other has not started.
     */
    private static final int QUERY_PARTS = 8;
    private final int threads;

    private CheckRegistry(List<List<ModelCheck>> structureChecks, List<ModelCheck> checks, SyntaxCheck syntax,
                          List<QueryCheck> queryChecks, List<Check> lintChecks, int threads) {
        this.structureChecks = List.copyOf(structureChecks);
        this.checks = List.copyOf(checks);
        this.syntax = syntax;
        this.queryChecks = List.copyOf(queryChecks);
        this.lintChecks = List.copyOf(lintChecks);
        this.threads = threads;
    }

    /**
     * The same checks run on {@code threads} threads; their findings are the same, in the same order, on any number.
     * The standard registry uses every processor the JVM is given, or {@code obsgen.threads} of them.
     */
    public CheckRegistry withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        return new CheckRegistry(structureChecks, checks, syntax, queryChecks, lintChecks, threads);
    }

    /** The checks for dashboards written as classic JSON. */
    public static CheckRegistry standard() {
        return standard(DashboardFormat.CLASSIC);
    }

    /** The checks for dashboards written in {@code format} for the default Grafana release. */
    public static CheckRegistry standard(DashboardFormat format) {
        return standard(GrafanaVersion.DEFAULT, format);
    }

    /**
     * The checks for dashboards written in {@code format} for Grafana {@code version}: the same list, with the v2
     * check quiet unless v2, converting as the renderer does for that release.
     */
    public static CheckRegistry standard(GrafanaVersion version, DashboardFormat format) {
        List<List<ModelCheck>> structure = structureChecks(format);
        List<ModelCheck> model = new ArrayList<>(modelChecks(version, format));
        SyntaxCheck syntax = new SyntaxCheck();
        List<QueryCheck> queries = List.of(
                new UnknownMetric(),
                new UnknownLabel(),
                new LabelValue(),
                new CounterWithoutRate(),
                new RateOnGauge(),
                new HistogramQuantile(),
                new RateRange(),
                new SelfRatio(),
                new ImpossibleMatch(),
                new AlertComparison(),
                new AlertFor(),
                new AlertTemplateSyntax(),
                new TemplateLabels(),
                new TemplateQueries(),
                new ValueFormat(),
                new ValueInLabel(),
                new Experimental());
        List<Check> lint = List.of(new LintInput());
        Set<String> suppressible = new TreeSet<>();
        model.forEach(c -> suppressible.add(c.id()));
        suppressible.add(syntax.id());
        queries.forEach(c -> suppressible.add(c.id()));
        Map<String, String> refused = new TreeMap<>();
        structure.forEach(phase -> phase.forEach(c -> refused.put(c.id(),
                "it checks the model's structure, which every other check and renderer relies on")));
        COMPOSITION_CHECKS.forEach(c -> refused.put(c.id(), "it checks a platform and its teams together, not a rule"));
        lint.forEach(c -> refused.put(c.id(), "it checks rule files without a model"));
        VerifyChecks.all().forEach(c -> refused.put(c.id(), "it compares the model with a running server"));
        refused.put(Suppressions.ID, "it checks the suppressions themselves");
        model.add(new Suppressions(suppressible, refused));
        return new CheckRegistry(structure, model, syntax, queries, lint, TaskPool.defaultThreads());
    }

    /**
     * What every other check and renderer relies on, in phases: values are present, then every name that becomes
     * a path is safe (a name that escapes the output folder makes everything after it unsafe). When a phase errs,
     * nothing after it runs.
     */
    private static List<List<ModelCheck>> structureChecks(DashboardFormat format) {
        return List.of(
                List.of(new MissingValue()),
                List.of(new PathName(), new PathCollision(format), new SloDefinition()));
    }

    private static List<ModelCheck> modelChecks(GrafanaVersion version, DashboardFormat format) {
        return List.<ModelCheck>of(
                new UniqueNames(),
                new MetricNames(),
                new CounterSuffix(),
                new UnitSuffix(),
                new MetricScrapeJob(),
                new AlertNameStyle(),
                new AlertSeverity(),
                new AlertAnnotations(),
                new AlertScenarios(),
                new RecordingExamples(),
                new RecordingName(),
                new Durations(),
                new Routing(),
                new InlineSecret(),
                new DashboardUid(),
                new PanelIds(),
                new PanelLayout(),
                new DatasourceVariableUse(),
                new PanelMetadata(),
                new DashboardRateInterval(),
                new VariableRefresh(),
                new HeatmapHistogram(),
                new DashboardUnknownMetric(),
                new PanelMetric(),
                new DashboardV2Format(version, format),
                new SpanTree(),
                new LogEventFields(),
                new LogIndexMapping(),
                new LogIndexPattern(),
                new LogTimeFormat(),
                new CollectorPipelines(),
                new CollectionTopology(),
                new GrafanaDataSourceSettings(),
                new CollectionSecrets(),
                new FluentBitValues());
    }

    /** Every model check, the structural ones first. */
    public List<ModelCheck> checks() {
        List<ModelCheck> all = new ArrayList<>();
        structureChecks.forEach(all::addAll);
        all.addAll(checks);
        return all;
    }

    /** The checks of a platform and its teams together. */
    public List<CompositionCheck> compositionChecks() {
        return compositionChecks;
    }

    public QueryRunner queryRunner() {
        return new QueryRunner(syntax, queryChecks);
    }

    /** Every check, for the documentation: model checks, then query checks, then lint-only checks. */
    public List<Check> allChecks() {
        List<Check> all = new ArrayList<>(checks());
        all.addAll(compositionChecks);
        all.add(syntax);
        all.addAll(queryChecks);
        all.addAll(lintChecks);
        all.addAll(verifyChecks);
        return all;
    }

    /**
     * Runs the dashboard checks that read {@link CheckInput#DASHBOARD_FILES} on dashboards read from Grafana JSON files:
     * the same implementations that check a model's dashboards.
     */
    public List<Finding> runOnDashboardFiles(List<DashboardShape> dashboards) {
        List<Finding> all = new ArrayList<>();
        for (ModelCheck check : checks) {
            if (check instanceof DashboardCheck dashboardCheck && check.reads(CheckInput.DASHBOARD_FILES)) {
                FindingSink sink = new FindingSink(Map.of(), Map.of(), CheckInput.DASHBOARD_FILES);
                sink.begin(check);
                try {
                    dashboardCheck.check(dashboards, sink);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("check " + check.id() + " failed on these dashboards: " + e, e);
                }
                all.addAll(sink.findings());
            }
        }
        return all;
    }

    /**
     * Runs the model checks that read {@code input} on a model made of what lint read (rule groups from rule files),
     * in the registry's order; the query checks run through {@link #queryRunner()}. Findings carry the element they
     * are about ({@link FindingLocation#element()}).
     */
    public List<Finding> run(Observability model, CheckInput input) {
        List<ModelCheck> reading = checks().stream().filter(c -> c.reads(input)).toList();
        CheckedModel checked = CheckedModel.of(model);
        try (CheckRun run = CheckRun.on(threads)) {
            return run.start(reading, checked, checked::suppressions, input).get();
        }
    }

    /** The model checks and checks of teams that can run on none of {@code inputs}, because they need a model. */
    public List<Check> needModel(CheckInput... inputs) {
        List<Check> skipped = new ArrayList<>();
        checks().stream().filter(c -> readsNone(c, inputs)).forEach(skipped::add);
        compositionChecks.stream().filter(c -> readsNone(c, inputs)).forEach(skipped::add);
        return skipped;
    }

    private static boolean readsNone(Check check, CheckInput... inputs) {
        for (CheckInput input : inputs) {
            if (check.reads(input)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs every check: the structural ones first, and only when they find no error the others, which may then
     * rely on the structure. A check that throws is a bug in the check and is reported as such, naming it.
     */
    public List<Finding> run(Observability model) {
        try (CheckRun run = CheckRun.on(threads)) {
            return run(model, run);
        }
    }

    private List<Finding> run(Observability model, CheckRun run) {
        CheckedModel structure = CheckedModel.of(model);
        // Without an SLO to expand, the model checks read the very model the structure checks read: their value
        // checks walk it along with the first structure phase, and on more than one thread every check starts at
        // once. What a later phase finds counts only once the phases before it found no error; a check only reads
        // the model, so one that ran on a model found broken cost time, never harm.
        boolean expandsToItself = model.slos() != null && model.slos().isEmpty();
        List<ValueCheck> along = expandsToItself ? valueChecks(checks) : List.of();
        List<CheckRun.Pending<List<Finding>>> phases = new ArrayList<>();
        CheckRun.WalkedAhead ahead = CheckRun.WalkedAhead.NONE;
        for (List<ModelCheck> phase : structureChecks) {
            CheckRun.Started started = run.start(phase, structure, CheckRun.Suppressed.NONE, CheckInput.MODEL,
                    phases.isEmpty() ? along : List.of(), CheckRun.WalkedAhead.NONE);
            ahead = phases.isEmpty() ? started.ahead() : ahead;
            phases.add(started.findings());
        }
        CheckRun.Pending<List<Finding>> early = expandsToItself && threads > 1
                ? startModelChecks(structure, ahead, run) : null;
        List<Finding> all = new ArrayList<>();
        for (CheckRun.Pending<List<Finding>> phase : phases) {
            all.addAll(phase.get());
            if (all.stream().anyMatch(Finding::isError)) {
                return all;
            }
        }
        if (early == null) {
            // An SLO is checked as the rules it becomes, once its definition is sound.
            Observability expanded = SloRules.expand(model);
            early = expanded == model ? startModelChecks(structure, ahead, run)
                    : startModelChecks(CheckedModel.of(expanded), CheckRun.WalkedAhead.NONE, run);
        }
        all.addAll(early.get());
        return all;
    }

    /** Starts the model checks and the query checks; the findings come in the registry's order. */
    private CheckRun.Pending<List<Finding>> startModelChecks(CheckedModel checked, CheckRun.WalkedAhead ahead,
                                                             CheckRun run) {
        CheckRun.Pending<List<Finding>> modelFindings = run.start(checks, checked, checked::suppressions,
                CheckInput.MODEL, List.of(), ahead).findings();
        CheckRun.Pending<QueryRunner.Result> queries = startQueries(checked, run);
        return () -> {
            List<Finding> all = new ArrayList<>(modelFindings.get());
            for (Finding finding : SharedNameFindings.of(queries.get(), checked)) {
                ElementRef ref = FindingSink.enclosing(checked.elements(), finding.element(), r -> true);
                all.add(ref == null ? finding : finding.withLocation(finding.location().withElement(ref)));
            }
            return all;
        };
    }

    private static List<ValueCheck> valueChecks(List<ModelCheck> checks) {
        List<ValueCheck> valueChecks = new ArrayList<>();
        checks.forEach(check -> {
            if (check instanceof ValueCheck valueCheck) {
                valueChecks.add(valueCheck);
            }
        });
        return valueChecks;
    }

    /**
     * The query checks on every query of the model, in parts of consecutive queries on the run's threads beside the
     * model checks; the parts' findings are joined in query order.
     */
    private CheckRun.Pending<QueryRunner.Result> startQueries(CheckedModel model, CheckRun run) {
        List<Query> queries;
        MetricCatalog catalog;
        try {
            queries = ModelQueries.of(model.model(), model.dashboards());
            catalog = ModelCatalog.of(model.model());
        } catch (RuntimeException e) {
            // Thrown where the findings are taken: on a model its structure checks refuse, never.
            return () -> {
                throw e;
            };
        }
        QueryRunner runner = queryRunner();
        int parts = threads <= 1 ? 1 : QUERY_PARTS;
        int size = Math.max(1, (queries.size() + parts - 1) / parts);
        List<CheckRun.Pending<QueryRunner.Result>> results = new ArrayList<>();
        for (int from = 0; from < queries.size(); from += size) {
            List<Query> part = queries.subList(from, Math.min(queries.size(), from + size));
            results.add(run.submit(() -> runner.run(part, catalog)));
        }
        return () -> {
            List<QueryRunner.Located> located = new ArrayList<>();
            results.forEach(result -> located.addAll(result.get().located()));
            return new QueryRunner.Result(located);
        };
    }

    /**
     * Checks teams on their platform: the platform as a model of its own (its errors stop everything, as in its own
     * build), each team's structure, the platform and teams together (scope, conflicts), then each team's
     * elements in the union with the platform's catalog. A finding the platform alone has is the platform's, not
     * the team's, and is left out. With {@code nameOwners} each finding starts with the team it is about.
     */
    public List<Finding> run(Composition composition, boolean nameOwners) {
        try (CheckRun run = CheckRun.on(threads)) {
            return run(composition, nameOwners, run);
        }
    }

    private List<Finding> run(Composition composition, boolean nameOwners, CheckRun run) {
        Observability platform = composition.platform();
        List<Finding> platformFindings = run(platform, run);
        if (platformFindings.stream().anyMatch(Finding::isError)) {
            return platformFindings.stream().map(f -> owned(f, platform)).toList();
        }
        List<Finding> all = new ArrayList<>();
        for (Observability team : composition.teams()) {
            for (List<ModelCheck> phase : structureChecks) {
                List<Finding> found = run.start(phase, CheckedModel.of(team), CheckRun.Suppressed.NONE,
                        CheckInput.MODEL).get();
                found.forEach(f -> all.add(nameOwners ? owned(f, team) : f));
                if (found.stream().anyMatch(Finding::isError)) {
                    break;
                }
            }
        }
        if (all.stream().anyMatch(Finding::isError)) {
            return all;
        }
        for (CompositionCheck check : compositionChecks) {
            FindingSink sink = new FindingSink();
            sink.begin(check);
            try {
                check.check(composition, sink);
            } catch (RuntimeException e) {
                throw new IllegalStateException("check " + check.id() + " failed on these models: " + e, e);
            }
            all.addAll(sink.findings());
        }
        if (all.stream().anyMatch(Finding::isError)) {
            return all;
        }
        List<Observability> views = composition.views();
        for (Observability view : views) {
            List<Finding> platformOnly = new ArrayList<>(platformFindings);
            for (Finding finding : run(TeamView.union(platform, view), run)) {
                if (!platformOnly.remove(finding)) {
                    all.add(nameOwners ? owned(finding, view) : finding);
                }
            }
        }
        return all;
    }

    private static Finding owned(Finding finding, Observability owner) {
        return finding.withElement(Composition.owner(owner) + ": " + finding.element());
    }
}
