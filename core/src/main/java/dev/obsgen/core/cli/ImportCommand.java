package dev.obsgen.core.cli;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.promql.MetricCatalog;
import dev.obsgen.core.importer.DashboardReader;
import dev.obsgen.core.importer.ImportNotes;
import dev.obsgen.core.importer.ImportRefusal;
import dev.obsgen.core.importer.Importer;
import dev.obsgen.core.importer.dashboard.DashboardImport;
import dev.obsgen.core.lint.LintCatalog;
import dev.obsgen.core.write.OutputException;
import dev.obsgen.core.write.UserFileWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code obsgen import --class CLASS --output SRC_DIR [--catalog FILE] [--force] PATH...}: writes the model class
 * imported from rule files, PrometheusRule manifests and dashboards into the source folder, and prints the import
 * report: the counts and every note. Exits 1 when the file exists (without {@code --force}) or cannot be written,
 * 2 on a usage error.
 */
public final class ImportCommand {
    static final String USAGE = "usage: obsgen import --class CLASS --output SRC_DIR "
            + "[--catalog OBSGEN_CATALOG_OR_METADATA_OR_EXPOSITION_FILE] [--force] FILE_OR_DIR...";

    private ImportCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, new DashboardImport(), out, err);
    }

    /** With the dashboard reader the import uses for {@code .json} files. */
    public static int run(List<String> args, DashboardReader dashboards, PrintStream out, PrintStream err) {
        List<Path> inputs = new ArrayList<>();
        String className = null;
        String output = null;
        Path catalogFile = null;
        boolean force = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--force")) {
                force = true;
            } else if (List.of("--class", "--output", "--catalog").contains(arg)) {
                if (i + 1 >= args.size()) {
                    err.println("missing value after " + arg + "\n" + USAGE);
                    return 2;
                }
                String value = args.get(++i);
                switch (arg) {
                    case "--class" -> className = value;
                    case "--output" -> output = value;
                    default -> catalogFile = Path.of(value);
                }
            } else if (arg.startsWith("--")) {
                err.println("unknown option " + arg + "\n" + USAGE);
                return 2;
            } else {
                inputs.addAll(InputPaths.split(arg));
            }
        }
        if (className == null || output == null || inputs.isEmpty()) {
            err.println("--class, --output and at least one rule file or folder are required\n" + USAGE);
            return 2;
        }
        return write(className, Path.of(output), catalogFile, force, inputs, dashboards, out, err);
    }

    /** Imports and writes the class; the Maven goal calls this too. */
    public static int write(String className, Path sourceFolder, Path catalogFile, boolean force, List<Path> inputs,
                            DashboardReader dashboards, PrintStream out, PrintStream err) {
        if (!Importer.validClassName(className)) {
            err.println("obsgen: --class '" + className + "' is not a Java class name such as "
                    + "com.example.ImportedObservability");
            return 2;
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                err.println("obsgen: " + input + ": no such file or folder");
                return 2;
            }
        }
        MetricCatalog catalog = null;
        if (catalogFile != null) {
            try {
                catalog = LintCatalog.read(catalogFile).metrics();
            } catch (IOException | RuntimeException e) {
                err.println("obsgen: cannot read the catalog: " + e.getMessage());
                return 2;
            }
        }
        Importer.Result result;
        try {
            result = new Importer(dashboards, catalog, CheckRegistry.standard()).run(className, inputs);
        } catch (ImportRefusal e) {
            err.println("obsgen: " + e.getMessage() + "; nothing was written");
            return 1;
        }
        if (result.empty()) {
            report(result.notes(), out);
            err.println("obsgen: found no rule group or dashboard to import; nothing was written");
            return 1;
        }
        Path target = sourceFolder.resolve(result.relativePath());
        Optional<UserFileWriter.Refusal> refused;
        try {
            refused = UserFileWriter.write(sourceFolder, result.relativePath(),
                    result.source().getBytes(StandardCharsets.UTF_8), force);
        } catch (OutputException e) {
            err.println("obsgen: " + e.getMessage());
            return 1;
        }
        if (refused.isPresent()) {
            err.println("obsgen: " + refused.get().message());
            return refused.get().kind() == UserFileWriter.Refusal.Kind.PATH ? 2 : 1;
        }
        report(result.notes(), out);
        out.println("obsgen: imported " + result.summary());
        out.println("obsgen: wrote " + target);
        long errors = result.unsuppressed().stream().filter(Finding::isError).count();
        if (errors > 0) {
            out.println("obsgen: the imported model still has " + errors + " errors on no single rule (the notes "
                    + "marked (model)); fix them before it generates");
        }
        return 0;
    }

    private static void report(ImportNotes notes, PrintStream out) {
        for (ImportNotes.Note note : notes.all()) {
            out.println("note: " + note.format());
        }
    }
}
