package dev.obsgen.core.verify;

import dev.obsgen.core.check.PromDuration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The options of {@code obsgen verify} and {@code obsgen:verify} as given (null when not given), turned into a
 * {@link ServerAccess} in one place: secrets are named by file or environment variable, read here, and never
 * taken as values.
 */
public record VerifyOptions(String prometheus, String bearerTokenFile, String bearerTokenEnv, String basicAuthUser,
                            String basicAuthPasswordFile, String basicAuthPasswordEnv, String caFile, String timeout,
                            String maxSeries) {

    /** The server access these options describe, reading secrets from the given environment. */
    public ServerAccess access(Map<String, String> environment) {
        if (prometheus == null || prometheus.isBlank()) {
            throw new VerifyException("no Prometheus URL: give --prometheus (or -Dobsgen.prometheus)");
        }
        ServerAccess access = ServerAccess.of(prometheus).withCredentials(credentials(environment));
        if (caFile != null) {
            access = access.withCaFile(Path.of(caFile));
        }
        if (timeout != null) {
            long millis = PromDuration.millis(timeout);
            if (millis <= 0) {
                throw new VerifyException("--timeout takes a positive duration such as 10s or 1m, not '" + timeout + "'");
            }
            access = access.withTimeout(Duration.ofMillis(millis));
        }
        if (maxSeries != null) {
            try {
                access = access.withMaxSeries(Integer.parseInt(maxSeries.strip()));
            } catch (NumberFormatException e) {
                throw new VerifyException("--max-series takes a number, not '" + maxSeries + "'");
            }
        }
        return access;
    }

    private Credentials credentials(Map<String, String> environment) {
        boolean bearer = bearerTokenFile != null || bearerTokenEnv != null;
        boolean password = basicAuthPasswordFile != null || basicAuthPasswordEnv != null;
        boolean basic = basicAuthUser != null;
        if (bearerTokenFile != null && bearerTokenEnv != null) {
            throw new VerifyException("give the bearer token with --bearer-token-file or --bearer-token-env, not both");
        }
        if (basicAuthPasswordFile != null && basicAuthPasswordEnv != null) {
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
            Credentials.Secret token = bearerTokenFile != null ? Credentials.fromFile(Path.of(bearerTokenFile))
                    : Credentials.fromEnvironment(bearerTokenEnv, environment);
            return Credentials.bearer(token.value(), token.source());
        }
        if (basic) {
            Credentials.Secret secret = basicAuthPasswordFile != null
                    ? Credentials.fromFile(Path.of(basicAuthPasswordFile))
                    : Credentials.fromEnvironment(basicAuthPasswordEnv, environment);
            return Credentials.basic(basicAuthUser, secret.value(), secret.source());
        }
        return Credentials.none();
    }
}
