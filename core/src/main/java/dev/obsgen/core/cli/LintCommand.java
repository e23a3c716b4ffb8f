package dev.obsgen.core.cli;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.lint.Lint;
import dev.obsgen.core.lint.LintCatalog;
import dev.obsgen.core.lint.LintProblem;
import dev.obsgen.core.lint.LintReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code obsgen lint [--catalog FILE] PATH...}: lints rule files and PrometheusRule manifests that have no model,
 * against names alone or the catalog given (an {@code obsgen-catalog.json}, or a metadata response or exposition),
 * printing {@code file:line:col: severity[id] message} lines, then the line naming the checks it skipped because they
 * need a model, then {@code N files, N rules, N errors, N warnings}.
 * Exits 1 when there are errors, 2 on a usage error.
 */
final class LintCommand {
    static final String USAGE = "usage: obsgen lint [--catalog OBSGEN_CATALOG_OR_METADATA_OR_EXPOSITION_FILE] FILE_OR_DIR...";

    private LintCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> inputs = new ArrayList<>();
        LintCatalog catalog = LintCatalog.names();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--catalog")) {
                if (i + 1 >= args.size()) {
                    err.println("missing file after --catalog\n" + USAGE);
                    return 2;
                }
                Path file = Path.of(args.get(++i));
                try {
                    catalog = LintCatalog.read(file);
                } catch (IOException | RuntimeException e) {
                    err.println("obsgen: cannot read the catalog: " + e.getMessage());
                    return 2;
                }
            } else if (arg.startsWith("--")) {
                err.println("unknown option " + arg + "\n" + USAGE);
                return 2;
            } else {
                inputs.addAll(InputPaths.split(arg));
            }
        }
        if (inputs.isEmpty()) {
            err.println("name at least one rule file or directory\n" + USAGE);
            return 2;
        }
        LintReport report = new Lint(CheckRegistry.standard(), catalog).run(inputs);
        for (LintProblem problem : report.problems()) {
            out.println(problem.format());
        }
        out.println(report.skipped());
        out.println(report.summary());
        return report.errors() > 0 ? 1 : 0;
    }
}
