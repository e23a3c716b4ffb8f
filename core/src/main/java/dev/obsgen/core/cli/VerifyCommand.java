package dev.obsgen.core.cli;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelLoadException;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.PromDuration;
import dev.obsgen.core.verify.Credentials;
import dev.obsgen.core.verify.ServerAccess;
import dev.obsgen.core.verify.Verification;
import dev.obsgen.core.verify.VerifyException;
import dev.obsgen.core.verify.VerifyReport;
import dev.obsgen.model.Observability;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
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
            access = access(options, environment);
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

    /** The server's URL, credentials, CA, timeout and sample size, from the options; secrets from files or variables. */
    static ServerAccess access(Map<String, String> options, Map<String, String> environment) {
        ServerAccess access = ServerAccess.of(options.get("--prometheus"));
        access = access.withCredentials(credentials(options, environment));
        if (options.containsKey("--ca-file")) {
            access = access.withCaFile(Path.of(options.get("--ca-file")));
        }
        if (options.containsKey("--timeout")) {
            long millis = PromDuration.millis(options.get("--timeout"));
            if (millis <= 0) {
                throw new VerifyException("--timeout takes a positive duration such as 10s or 1m, not '"
                        + options.get("--timeout") + "'");
            }
            access = access.withTimeout(Duration.ofMillis(millis));
        }
        if (options.containsKey("--max-series")) {
            int max;
            try {
                max = Integer.parseInt(options.get("--max-series"));
            } catch (NumberFormatException e) {
                throw new VerifyException("--max-series takes a number, not '" + options.get("--max-series") + "'");
            }
            access = access.withMaxSeries(max);
        }
        return access;
    }

    private static Credentials credentials(Map<String, String> options, Map<String, String> environment) {
        boolean bearer = options.containsKey("--bearer-token-file") || options.containsKey("--bearer-token-env");
        boolean basic = options.containsKey("--basic-auth-user");
        boolean password = options.containsKey("--basic-auth-password-file")
                || options.containsKey("--basic-auth-password-env");
        if (options.containsKey("--bearer-token-file") && options.containsKey("--bearer-token-env")) {
            throw new VerifyException("give the bearer token with --bearer-token-file or --bearer-token-env, not both");
        }
        if (options.containsKey("--basic-auth-password-file") && options.containsKey("--basic-auth-password-env")) {
            throw new VerifyException("give the password with --basic-auth-password-file or --basic-auth-password-env, "
                    + "not both");
        }
        if (bearer && (basic || password)) {
            throw new VerifyException("give a bearer token or basic auth, not both");
        }
        if (basic != password) {
            throw new VerifyException(basic ? "--basic-auth-user needs --basic-auth-password-file or "
                    + "--basic-auth-password-env" : "a basic auth password needs --basic-auth-user");
        }
        if (bearer) {
            Credentials.Secret token = secret(options, "--bearer-token-file", "--bearer-token-env", environment);
            return Credentials.bearer(token.value(), token.source());
        }
        if (basic) {
            Credentials.Secret secret = secret(options, "--basic-auth-password-file", "--basic-auth-password-env",
                    environment);
            return Credentials.basic(options.get("--basic-auth-user"), secret.value(), secret.source());
        }
        return Credentials.none();
    }

    private static Credentials.Secret secret(Map<String, String> options, String fileOption, String envOption,
                                             Map<String, String> environment) {
        return options.containsKey(fileOption) ? Credentials.fromFile(Path.of(options.get(fileOption)))
                : Credentials.fromEnvironment(options.get(envOption), environment);
    }
}
