package dev.obsgen.core.importer;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.promql.MetricCatalog;
import dev.obsgen.core.dashboard.GrafanaVariables;
import dev.obsgen.core.lint.RuleSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns Prometheus rule files, PrometheusRule manifests and (through a {@link DashboardReader}) Grafana dashboards
 * into the source of one model class: rule groups as they are, the metrics their expressions read, placeholder
 * scrape jobs and routing so the model generates at once, and every finding of the checks suppressed on the rule it
 * is about with the reason {@code imported: ...}. What could not be carried over exactly is in the notes.
 */
public final class Importer {
    private static final Pattern CLASS_NAME = Pattern.compile(
            "(?:[A-Za-z_$][A-Za-z0-9_$]*\\.)*[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Set<String> CLASS_METHODS = Set.of("define", "metrics", "scrapeJobs", "notifications",
            "prometheusSettings");

    /** What an import made: the class's source and where it goes under a source folder, with counts and notes. */
    public record Result(String className, String source, ImportedModel model, ImportNotes notes, int files,
                         int suppressions, List<Finding> unsuppressed) {
        public Result {
            unsuppressed = List.copyOf(unsuppressed);
        }

        /** Whether the import found anything to declare. */
        public boolean empty() {
            return model.groups().isEmpty() && model.dashboards().isEmpty();
        }

        /** The source file's path under a source folder, such as {@code com/example/Imported.java}. */
        public String relativePath() {
            return className.replace('.', '/') + ".java";
        }

        public String summary() {
            return files + " files: " + model.groups().size() + " rule groups, " + model.alerts() + " alerts, "
                    + model.recordingRules() + " recording rules, " + model.dashboards().size() + " dashboards, "
                    + model.metrics().size() + " metrics, " + model.scrapeJobs().size() + " scrape jobs; "
                    + suppressions + " findings suppressed on imported rules, " + notes.all().size() + " notes";
        }
    }

    /** The scrape interval Grafana's interval variables are taken for when a query's metrics are inferred. */
    private static final long DASHBOARD_SCRAPE_INTERVAL_MILLIS = 15_000;

    private final DashboardReader dashboards;
    private final MetricCatalog catalog;
    private final CheckRegistry checks;

    /**
     * With {@code catalog} null, metric types come from naming conventions; a metadata response or exposition gives
     * types, an {@code obsgen-catalog.json} types and labels.
     */
    public Importer(DashboardReader dashboards, MetricCatalog catalog, CheckRegistry checks) {
        this.dashboards = dashboards;
        this.catalog = catalog;
        this.checks = checks;
    }

    /** Whether {@code name} can name the generated class: a qualified Java name with no keyword in it. */
    public static boolean validClassName(String name) {
        if (name == null || !CLASS_NAME.matcher(name).matches()) {
            return false;
        }
        for (String part : name.split("\\.")) {
            if (JavaText.isKeyword(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Imports the files, and the rule and dashboard files in the folders, given.
     *
     * @throws IllegalArgumentException when the class name is not a valid Java name
     * @throws ImportRefusal when the inputs contradict each other, such as two different dashboards under one uid
     */
    public Result run(String className, List<Path> inputs) {
        if (!validClassName(className)) {
            throw new IllegalArgumentException("'" + className + "' is not a Java class name such as "
                    + "com.example.ImportedObservability");
        }
        ImportNotes notes = new ImportNotes();
        List<Path> files = expand(inputs, notes);
        List<RuleFiles.SourceGroup> sourceGroups = new ArrayList<>();
        List<Path> dashboardFiles = new ArrayList<>();
        for (Path file : files) {
            String shown = file.toString().replace('\\', '/');
            if (shown.endsWith(".json") || DashboardManifests.holdsDashboards(file)) {
                dashboardFiles.add(file);
            } else {
                sourceGroups.addAll(RuleFiles.read(file, shown, notes));
            }
        }
        // Read together: a dashboard's folder may be named in another file, and one dashboard may be in several.
        List<ImportedDashboard> readDashboards = dashboards.read(dashboardFiles, notes);
        String pattern = RuleConversion.runbookPattern(sourceGroups.stream().flatMap(g -> g.rules().stream())
                .toList()).orElse(null);

        Set<String> methodNames = new HashSet<>(CLASS_METHODS);
        readDashboards.forEach(d -> methodNames.add(d.method().name()));
        Set<String> groupNames = new HashSet<>();
        List<ImportedGroup> groups = new ArrayList<>();
        for (RuleFiles.SourceGroup source : sourceGroups) {
            String name = source.name();
            for (int i = 2; !groupNames.add(name); i++) {
                name = source.name() + "-" + i;
            }
            if (!name.equals(source.name())) {
                notes.add(source.file(), "group '" + source.name() + "'", "another imported group has this name; "
                        + "imported as '" + name + "'");
            }
            String method = JavaText.methodName(name);
            String base = method;
            for (int i = 2; !methodNames.add(method); i++) {
                method = base + i;
            }
            // A large group's rules are declared in parts, by methods named after the group's.
            for (int part = 1; (part - 1) * ModelSourceWriter.RULES_PER_METHOD < source.rules().size()
                    && source.rules().size() > ModelSourceWriter.RULES_PER_METHOD; part++) {
                methodNames.add(method + "Part" + part);
            }
            List<ImportedRule> rules = new ArrayList<>();
            for (RuleSource rule : source.rules()) {
                rules.add(RuleConversion.convert(rule, source.file(), name, pattern, notes));
            }
            groups.add(new ImportedGroup(source.file(), name, source.interval(), source.limit(), rules, method));
        }

        Set<String> recorded = new HashSet<>();
        List<MetricInference.Source> expressions = new ArrayList<>();
        for (ImportedGroup group : groups) {
            for (ImportedRule rule : group.rules()) {
                if (!rule.alert()) {
                    recorded.add(rule.name());
                }
                expressions.add(new MetricInference.Source(rule.file(), rule.element(), rule.expr()));
            }
        }
        for (ImportedDashboard dashboard : readDashboards) {
            for (String expr : dashboard.expressions()) {
                // Grafana's variables stand for durations and label values; the metrics are what is left.
                expressions.add(new MetricInference.Source("dashboard '" + dashboard.uid() + "'", "query",
                        GrafanaVariables.substitute(expr, DASHBOARD_SCRAPE_INTERVAL_MILLIS)));
            }
        }
        List<InferredMetric> metrics = new MetricInference(recorded, catalog).infer(expressions, notes);
        List<String> jobs = new ArrayList<>(new TreeSet<>(metrics.stream().map(InferredMetric::job).toList()));

        ImportedModel model = new ImportedModel(modelName(className), files.stream()
                .map(f -> f.toString().replace('\\', '/')).toList(), metrics, jobs, groups, readDashboards, pattern,
                null);
        model = model.withConstants(SelectorConstants.find(groups));
        ImportFindings.Result checked = ImportFindings.suppress(model, checks);
        model = checked.model();
        for (Finding finding : checked.otherFindings()) {
            notes.add("(model)", finding.element(), finding.severity().label() + "[" + finding.checkId() + "] "
                    + finding.locatedMessage());
        }
        int suppressions = 0;
        for (ImportedGroup group : model.groups()) {
            for (ImportedRule rule : group.rules()) {
                suppressions += rule.suppressions().size();
                rule.suppressions().forEach((id, reason) -> notes.add(rule.file(), rule.element(),
                        "suppressed " + id + ": " + reason.substring("imported: ".length())));
            }
        }
        DashboardFindings.Result dashboardsChecked = DashboardFindings.suppress(className, model, checks, notes,
                Importer::source);
        model = dashboardsChecked.model();
        suppressions += dashboardsChecked.suppressions();
        String source = source(className, model);
        return new Result(className, source, model, notes, files.size(), suppressions, checked.otherFindings());
    }

    private static String source(String className, ImportedModel model) {
        int dot = className.lastIndexOf('.');
        return ModelSourceWriter.write(dot < 0 ? "" : className.substring(0, dot), className.substring(dot + 1), model);
    }

    /** {@code ImportedObservability} is {@code imported}: the simple name without the suffix, in lowercase words. */
    static String modelName(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1).replaceAll("Observability$", "");
        String words = simple.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return words.isEmpty() ? "imported" : words;
    }

    private static List<Path> expand(List<Path> inputs, ImportNotes notes) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(Importer::importable).sorted().forEach(files::add);
                } catch (IOException e) {
                    notes.add(input.toString(), "folder", "cannot be listed: " + e.getMessage() + "; not imported");
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                notes.add(input.toString(), "file", "does not exist; not imported");
            }
        }
        return files;
    }

    private static boolean importable(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json");
    }
}
