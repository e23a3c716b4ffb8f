package dev.obsgen.core.cli;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelLoadException;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.Rendering;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.team.CompositionException;
import dev.obsgen.core.write.DriftCheck;
import dev.obsgen.core.write.DriftReport;
import dev.obsgen.core.write.OutputException;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.core.write.WriteReport;
import dev.obsgen.model.Observability;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line: {@code generate}, {@code check}, {@code compose} and {@code compose-check} drive the same
 * {@link Generation} as the Maven goals, with the model classes on the class path; {@code lint} checks rule files
 * that have no model; {@code import} writes a model class from them; {@code verify} compares a model with a
 * running Prometheus.
 *
 * <pre>
 * java -cp obsgen-core.jar:my-model.jar dev.obsgen.core.cli.Obsgen generate --model com.acme.MyModel --output generated
 * </pre>
 */
public final class Obsgen {
    private static final String USAGE = """
            usage: obsgen generate      --model CLASS --output DIR [--templates DIR] [--grafana-version VERSION]
                                        [--dashboard-format FORMAT] [--debug]
                   obsgen check         --model CLASS --output DIR [--templates DIR] [--grafana-version VERSION]
                                        [--dashboard-format FORMAT] [--debug]
                   obsgen compose       --model CLASS [--model CLASS]... --output DIR [--templates DIR]
                                        [--grafana-version VERSION] [--dashboard-format FORMAT] [--debug]
                   obsgen compose-check --model CLASS [--model CLASS]... --output DIR [...]
                   obsgen lint          [--catalog FILE] [--debug] FILE_OR_DIR...
                   obsgen verify        --model CLASS --prometheus URL [--format text|json] [--timeout 10s]
                                        [--max-series N] [--ca-file PEM] [--bearer-token-file FILE | --bearer-token-env VAR]
                                        [--basic-auth-user USER (--basic-auth-password-file FILE | --basic-auth-password-env VAR)]
                   obsgen import        --class CLASS --output SRC_DIR [--catalog FILE] [--force] FILE_OR_DIR...
            generate       checks the model (a platform's or a team's) and writes every output it owns into DIR
            check          renders in memory and fails when DIR differs (nothing is written)
            compose        checks a platform and its teams together and writes one tree into DIR, each team's
                           files under teams/TEAM/; a name two owners use is an error naming both
            compose-check  renders the composed tree in memory and fails when DIR differs
            lint           checks Prometheus rule files and PrometheusRule manifests that have no model
            verify         compares the model with a running Prometheus: jobs, targets, intervals, metrics, types,
                           units, labels and rules; secrets only from files or environment variables
            import         writes the model class CLASS, under SRC_DIR, that declares the rules of Prometheus rule
                           files and PrometheusRule manifests (and dashboards), and prints what it could not carry
                           over exactly
            --grafana-version  the Grafana release dashboards are written for (default %s)
            --dashboard-format classic (the dashboard JSON), resource (it inside a dashboard.grafana.app resource)
                               or v2 (the v2 resource); default v2 for Grafana 13 and later, classic before;
                               resource needs Grafana 12 or later, v2 12.2 or later
            --debug            print the stack trace of a failure
            --help             print this text (also after a command's name)""".formatted(
            GrafanaVersion.DEFAULT.pluginVersion());

    private Obsgen() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one command and returns the process exit status. Every failure ends in one line that says what failed and
     * why; the stack trace only with {@code --debug}.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean debug = arguments.remove("--debug");
        try {
            return command(arguments.toArray(String[]::new), out, err);
        } catch (OutputException e) {
            err.println("obsgen: " + e.getMessage());
            trace(e, debug, err);
            return 1;
        } catch (InvalidPathException e) {
            err.println("obsgen: '" + e.getInput() + "' is not a path on this system: " + e.getReason());
            trace(e, debug, err);
            return 2;
        } catch (RuntimeException | StackOverflowError e) {
            err.println("obsgen: internal error: " + e + (debug ? "" : "; run with --debug for the stack trace"));
            trace(e, debug, err);
            return 3;
        } catch (OutOfMemoryError e) {
            err.println("obsgen: out of memory (the heap is " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB); give the JVM more with -Xmx");
            trace(e, debug, err);
            return 3;
        }
    }

    /**
     * {@code obsgen --help}, and {@code --help} (or {@code -h}) anywhere after a command's name: the usage on stdout
     * and success, as a help request is not an error. A wrong argument still prints the usage on stderr and exits 2.
     */
    private static boolean asksForHelp(String[] args) {
        if (args.length == 0) {
            return false;
        }
        if (HELP.contains(args[0])) {
            return true;
        }
        return COMMANDS.contains(args[0])
                && List.of(args).subList(1, args.length).stream().anyMatch(a -> a.equals("--help") || a.equals("-h"));
    }

    private static void trace(Throwable e, boolean debug, PrintStream err) {
        if (debug) {
            e.printStackTrace(err);
        }
    }

    private static final List<String> COMMANDS = List.of("generate", "check", "compose", "compose-check", "lint",
            "verify", "import");
    private static final List<String> HELP = List.of("--help", "-h", "help");

    private static int command(String[] args, PrintStream out, PrintStream err) {
        if (asksForHelp(args)) {
            out.println(USAGE);
            return 0;
        }
        if (args.length > 0 && args[0].equals("lint")) {
            return LintCommand.run(List.of(args).subList(1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals("verify")) {
            return VerifyCommand.run(List.of(args).subList(1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals("import")) {
            return ImportCommand.run(List.of(args).subList(1, args.length), out, err);
        }
        if (args.length == 0 || !List.of("generate", "check", "compose", "compose-check").contains(args[0])) {
            err.println(USAGE);
            return 2;
        }
        boolean compose = args[0].startsWith("compose");
        List<String> models = new ArrayList<>();
        String output = null;
        String templates = null;
        GrafanaVersion grafanaVersion = GrafanaVersion.DEFAULT;
        DashboardFormat dashboardFormat = null;
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            if (rest.isEmpty()) {
                err.println("missing value after " + flag + "\n" + USAGE);
                return 2;
            }
            String value = rest.remove(0);
            switch (flag) {
                case "--model" -> models.add(value);
                case "--output" -> output = value;
                case "--templates" -> templates = value;
                case "--grafana-version" -> {
                    try {
                        grafanaVersion = GrafanaVersion.parse(value);
                    } catch (IllegalArgumentException e) {
                        err.println("--grafana-version: " + e.getMessage() + "\n" + USAGE);
                        return 2;
                    }
                }
                case "--dashboard-format" -> {
                    try {
                        dashboardFormat = DashboardFormat.parse(value);
                    } catch (IllegalArgumentException e) {
                        err.println("--dashboard-format: " + e.getMessage() + "\n" + USAGE);
                        return 2;
                    }
                }
                default -> {
                    err.println("unknown option " + flag + "\n" + USAGE);
                    return 2;
                }
            }
        }
        if (models.isEmpty() || output == null) {
            err.println("--model and --output are required\n" + USAGE);
            return 2;
        }
        if (dashboardFormat != null) {
            try {
                dashboardFormat.requireReadableBy(grafanaVersion);
            } catch (IllegalArgumentException e) {
                err.println("--dashboard-format: " + e.getMessage());
                return 2;
            }
        }
        if (!compose && models.size() > 1) {
            err.println(args[0] + " takes one --model; compose takes several\n" + USAGE);
            return 2;
        }
        String model = String.join(", ", models);
        try {
            List<Observability> loaded = new ArrayList<>();
            for (String name : models) {
                loaded.add(Generation.load(name, Thread.currentThread().getContextClassLoader()));
            }
            RenderSettings settings = new RenderSettings(model, Optional.ofNullable(templates).map(Path::of));
            Generation generation = dashboardFormat == null ? Generation.standard(grafanaVersion)
                    : Generation.standard(grafanaVersion, dashboardFormat);
            Rendering rendering = compose ? generation.compose(loaded, settings)
                    : generation.render(loaded.get(0), settings);
            rendering.warnings().forEach(w -> err.println(w.format()));
            Path directory = Path.of(output);
            if (args[0].equals("generate") || args[0].equals("compose")) {
                WriteReport report = new OutputWriter(Duration.ofMinutes(2), notice -> err.println("obsgen: " + notice))
                        .write(rendering.files(), directory);
                report.warnings().forEach(w -> err.println("warning: " + w));
                out.println("obsgen: " + report.summary() + " in " + directory);
                return 0;
            }
            DriftReport drift = new DriftCheck().compare(rendering.files(), directory);
            String version = (grafanaVersion.equals(GrafanaVersion.DEFAULT) ? ""
                    : " --grafana-version " + grafanaVersion.pluginVersion())
                    + (dashboardFormat == null ? "" : " --dashboard-format " + dashboardFormat.id());
            String command = compose ? "compose --model " + String.join(" --model ", models)
                    : "generate --model " + model;
            out.println(drift.format("java -cp ... dev.obsgen.core.cli.Obsgen " + command + " --output " + output
                    + version));
            return drift.inSync() ? 0 : 1;
        } catch (ModelRejectedException e) {
            e.findings().stream().map(Finding::format).forEach(err::println);
            err.println("obsgen: " + (compose ? "the models have" : "the model has") + " errors; nothing was written");
            return 1;
        } catch (ModelLoadException | CompositionException e) {
            err.println("obsgen: " + e.getMessage());
            return 1;
        }
    }
}
