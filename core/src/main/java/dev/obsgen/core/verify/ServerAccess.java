package dev.obsgen.core.verify;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach one Prometheus: its base URL (scheme, host, port and any path prefix, no credentials), the
 * credentials, a CA bundle for a server whose certificate a private CA signed, the time one request may take, the
 * most series sampled per metric and the most bytes one answer may hold.
 */
public record ServerAccess(URI base, Credentials credentials, Path caFile, Duration timeout, int maxSeries,
                           long maxResponseBytes) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_SERIES = 100;
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    public ServerAccess {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new VerifyException("the timeout must be positive");
        }
        if (maxSeries < 1) {
            throw new VerifyException("--max-series must be at least 1");
        }
        if (maxResponseBytes < 1024) {
            throw new VerifyException("the response bound must be at least 1 KiB");
        }
    }

    public static ServerAccess of(String url) {
        return new ServerAccess(baseUrl(url), Credentials.none(), null, DEFAULT_TIMEOUT, DEFAULT_MAX_SERIES,
                DEFAULT_MAX_RESPONSE_BYTES);
    }

    public ServerAccess withCredentials(Credentials value) {
        return new ServerAccess(base, value, caFile, timeout, maxSeries, maxResponseBytes);
    }

    public ServerAccess withCaFile(Path value) {
        return new ServerAccess(base, credentials, value, timeout, maxSeries, maxResponseBytes);
    }

    public ServerAccess withTimeout(Duration value) {
        return new ServerAccess(base, credentials, caFile, value, maxSeries, maxResponseBytes);
    }

    public ServerAccess withMaxSeries(int value) {
        return new ServerAccess(base, credentials, caFile, timeout, value, maxResponseBytes);
    }

    public ServerAccess withMaxResponseBytes(long value) {
        return new ServerAccess(base, credentials, caFile, timeout, maxSeries, value);
    }

    /**
     * The server's base URL, checked: http or https, a host, no query, and no user or password in it (they would
     * show in process lists and shell histories; they belong in files or environment variables).
     */
    public static URI baseUrl(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            throw new VerifyException("'" + redact(text) + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new VerifyException("the Prometheus URL must start with http:// or https://, not '" + redact(text) + "'");
        }
        if (uri.getRawUserInfo() != null) {
            throw new VerifyException("the Prometheus URL holds a user or password; give them with "
                    + "--basic-auth-user and --basic-auth-password-file or --basic-auth-password-env instead");
        }
        if (uri.getHost() == null) {
            throw new VerifyException("the Prometheus URL '" + text + "' names no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new VerifyException("the Prometheus URL '" + text + "' may not have a query or a fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    /** The URL with anything between the scheme and an {@code @} hidden, for a message about a bad URL. */
    private static String redact(String text) {
        int at = text.indexOf('@');
        int scheme = text.indexOf("://");
        return at > 0 && scheme >= 0 && at > scheme ? text.substring(0, scheme + 3) + "***" + text.substring(at) : text;
    }
}
