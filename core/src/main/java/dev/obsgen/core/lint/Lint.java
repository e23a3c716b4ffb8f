package dev.obsgen.core.lint;

import dev.obsgen.core.check.Check;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.TaskPool;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.promql.MetricCatalog;
import dev.obsgen.core.check.promql.Query;
import dev.obsgen.core.check.promql.QueryRunner;
import dev.obsgen.model.alerting.NotificationPolicy;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.alerting.SeverityRoute;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 *
 * <p>A rule file is read as a stream, a group at a time ({@link RuleFileReader}), and each group is checked as a model
 * of its own while the next is read ({@link GroupQueue}); only the names and labels of the rules stay until the
 * document ends, for the one check that pairs rules across groups. Memory follows the largest group, not the file,
 * and the findings are the same, in the same order, as one thread reading the whole file would give.
 */
public final class Lint {
    private final CheckRegistry registry;
    private final MetricCatalog catalog;
    /** The routing the obsgen catalog lists, as a model's notification policy, for alert/severity to check against. */
    private final Optional<NotificationPolicy> routing;
    /** The threads that check groups while the files are read. */
    private final int threads;

    public Lint(CheckRegistry registry, MetricCatalog catalog) {
        this(registry, new LintCatalog(catalog, Optional.empty()));
    }

    /**
     * With an obsgen catalog, alerts are also checked against the severities its routing handles. Groups are checked
     * on as many threads as cores, unless {@code -Dobsgen.threads=N} says otherwise (1: on the caller's, as read).
     */
    public Lint(CheckRegistry registry, LintCatalog catalog) {
        this(registry, catalog, TaskPool.defaultThreads());
    }

    Lint(CheckRegistry registry, LintCatalog catalog, int threads) {
        this.registry = registry;
        this.catalog = catalog.metrics();
        this.routing = routing(catalog.routedSeverities());
        this.threads = threads;
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
        GroupLint groups = new GroupLint(registry, queryCatalog(files), routing);
        List<RuleFileLint> ruleFiles = new ArrayList<>();
        List<DashboardFile> dashboards = new ArrayList<>();
        List<LintProblem> read = new ArrayList<>();
        int skipped = 0;
        int rules = 0;
        try (GroupQueue queue = new GroupQueue(threads)) {
            for (Input input : files) {
                Path file = input.path();
                if (file.toString().endsWith(".json")) {
                    DashboardFile.read(file, read::add).ifPresent(dashboards::add);
                    continue;
                }
                RuleFileLint lint = new RuleFileLint(file, groups, queue);
                try {
                    boolean ruleFile = new RuleFileReader().read(file, lint);
                    lint.end();
                    if (!input.named() && !ruleFile) {
                        lint.cancel();
                        skipped++;
                        read.add(new LintProblem(file.toString(), 1, 1, FindingSeverity.NOTE, LintInput.ID,
                                "skipped: neither a rule file (groups:) nor a PrometheusRule"));
                        continue;
                    }
                } catch (OutOfMemoryError e) {
                    // What the failed read allocated is garbage now; the files read so far are still linted.
                    lint.cancel();
                    read.add(tooLarge(file));
                    continue;
                }
                ruleFiles.add(lint);
            }
            List<LintProblem> model = new ArrayList<>();
            List<LintProblem> queries = new ArrayList<>();
            for (RuleFileLint file : ruleFiles) {
                try {
                    List<GroupLint.Outcome> outcomes = file.outcomes();
                    read.addAll(file.problems());
                    outcomes.forEach(o -> model.addAll(o.model()));
                    model.addAll(file.names());
                    outcomes.forEach(o -> queries.addAll(o.queries()));
                    rules += file.rules();
                } catch (OutOfMemoryError e) {
                    file.cancel();
                    read.add(tooLarge(file.path()));
                }
            }
            problems.addAll(read);
            problems.addAll(model);
            problems.addAll(lintDashboards(dashboards, queries));
        }
        problems.sort(Comparator.comparing(LintProblem::file).thenComparingInt(LintProblem::line)
                .thenComparingInt(LintProblem::column).thenComparing(LintProblem::checkId));
        List<String> needModel = registry.needModel(CheckInput.RULE_FILES, CheckInput.DASHBOARD_FILES).stream().map(Check::id).toList();
        return new LintReport(files.size() - skipped, rules, problems, needModel);
    }

    /**
     * The dashboards' own findings, then every query's: the rules' (already found, in {@code ruleQueries}) and the
     * panels'.
     */
    private List<LintProblem> lintDashboards(List<DashboardFile> dashboards, List<LintProblem> ruleQueries) {
        List<LintProblem> problems = new ArrayList<>();
        List<Query> queries = new ArrayList<>();
        Map<Query, DashboardFile> panelSources = new IdentityHashMap<>();
        for (DashboardFile dashboard : dashboards) {
            dashboard.check(registry, problems::add);
            for (Query query : dashboard.queries()) {
                queries.add(query);
                panelSources.put(query, dashboard);
            }
        }
        problems.addAll(ruleQueries);
        for (QueryRunner.Located located : registry.queryRunner().run(queries, catalog).located()) {
            problems.add(panelSources.get(located.query()).locate(located));
        }
        return problems;
    }

    /**
     * The catalog the queries are checked against. A catalog that lists every series gets the series the linted
     * files' own recording rules write, as their alerts read them: the files are read once for these first, keeping
     * only the recording rules. A catalog that does not list every series has no use for them.
     */
    private MetricCatalog queryCatalog(List<Input> files) {
        if (!catalog.complete()) {
            return catalog;
        }
        List<RuleSource> recordings = new ArrayList<>();
        for (Input input : files) {
            if (input.path().toString().endsWith(".json")) {
                continue;
            }
            try {
                new RuleFileReader().read(input.path(), new RecordingRules(recordings));
            } catch (OutOfMemoryError e) {
                // Reported when the file is linted.
            }
        }
        return RuleFilesCatalog.of(catalog, recordings);
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

    /** Keeps the recording rules of the documents' rules, as written, for the catalog of the queries. */
    private static final class RecordingRules implements RuleFileVisitor {
        private final List<RuleSource> recordings;
        private final Map<Integer, List<RuleSource>> lists = new HashMap<>();

        RecordingRules(List<RuleSource> recordings) {
            this.recordings = recordings;
        }

        @Override
        public void group(int list, GroupSource group, List<RuleSource> rules) {
            List<RuleSource> read = lists.computeIfAbsent(list, l -> new ArrayList<>());
            rules.stream().filter(rule -> !rule.isAlert()).forEach(read::add);
        }

        @Override
        public void problem(int list, LintProblem problem) {
            // The file's problems are reported when it is linted.
        }

        @Override
        public void documentEnd(int list, int line) {
            recordings.addAll(lists.getOrDefault(list, List.of()));
            lists.clear();
        }
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
