package dev.obsgen.core.cli;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelLoadException;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.verify.ServerAccess;
import dev.obsgen.core.verify.Verification;
import dev.obsgen.core.verify.VerifyException;
import dev.obsgen.core.verify.VerifyOptions;
import dev.obsgen.core.verify.VerifyReport;
import dev.obsgen.model.Observability;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code obsgen verify --model CLASS --prometheus URL}: compares the model with a running Prometheus and prints
 * {@code verify/<id> severity job 'x' metric 'y': message} lines and a summary, or JSON with {@code --format json}.
 * Exits 1 when there are errors, 2 on a usage error or when the server cannot be read. Secrets are read from files
 * or environment variables only.
 */
final class VerifyCommand {
    /** Usage errors are one line; {@code obsgen} without arguments prints the whole usage. */
    private static final String SEE_USAGE = " (obsgen without arguments prints the usage)";

    private static final Set<String> OPTIONS = Set.of("--model", "--prometheus", "--format", "--bearer-token-file",
            "--bearer-token-env", "--basic-auth-user", "--basic-auth-password-file", "--basic-auth-password-env",
            "--ca-file", "--timeout", "--max-series");

    private VerifyCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), out, err);
    }

    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            if (flag.startsWith("--bearer-token") && !OPTIONS.contains(flag)
                    || flag.startsWith("--basic-auth-password") && !OPTIONS.contains(flag)) {
                err.println("obsgen verify: secrets are read from a file or an environment variable only: use "
                        + "--bearer-token-file, --bearer-token-env, --basic-auth-password-file or "
                        + "--basic-auth-password-env" + SEE_USAGE);
                return 2;
            }
            if (!OPTIONS.contains(flag)) {
                err.println("obsgen verify: unknown option " + flag + SEE_USAGE);
                return 2;
            }
            if (i + 1 >= args.size()) {
                err.println("obsgen verify: missing value after " + flag + SEE_USAGE);
                return 2;
            }
            if (options.put(flag, args.get(++i)) != null) {
                err.println("obsgen verify: " + flag + " is given twice" + SEE_USAGE);
                return 2;
            }
        }
        if (!options.containsKey("--model") || !options.containsKey("--prometheus")) {
            err.println("obsgen verify: --model and --prometheus are required" + SEE_USAGE);
            return 2;
        }
        String format = options.getOrDefault("--format", "text");
        if (!format.equals("text") && !format.equals("json")) {
            err.println("obsgen verify: --format is text or json, not '" + format + "'" + SEE_USAGE);
            return 2;
        }
        ServerAccess access;
        try {
            access = options(options).access(environment);
        } catch (VerifyException e) {
            err.println("obsgen verify: " + e.getMessage());
            return 2;
        }
        Observability model;
        try {
            model = Generation.load(options.get("--model"), Thread.currentThread().getContextClassLoader());
        } catch (ModelLoadException e) {
            err.println("obsgen verify: " + e.getMessage());
            return 2;
        }
        VerifyReport report;
        try {
            report = Verification.run(model, access);
        } catch (ModelRejectedException e) {
            e.findings().stream().filter(Finding::isError).map(Finding::format).forEach(err::println);
            err.println("obsgen verify: the model has errors; fix them (obsgen check shows them too) before verifying");
            return 2;
        } catch (VerifyException e) {
            err.println("obsgen verify: " + e.getMessage());
            return 2;
        }
        out.print(format.equals("json") ? report.json() : report.text());
        return report.errors() > 0 ? 1 : 0;
    }

    private static VerifyOptions options(Map<String, String> given) {
        return new VerifyOptions(given.get("--prometheus"), given.get("--bearer-token-file"),
                given.get("--bearer-token-env"), given.get("--basic-auth-user"), given.get("--basic-auth-password-file"),
                given.get("--basic-auth-password-env"), given.get("--ca-file"), given.get("--timeout"),
                given.get("--max-series"));
    }
}
