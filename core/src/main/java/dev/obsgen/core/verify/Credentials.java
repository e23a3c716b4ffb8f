package dev.obsgen.core.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * How requests authenticate: not at all, with a bearer token, or with a user and password (HTTP basic). Secrets
 * come from a file or an environment variable, never from the command line, and {@link #toString()} names only
 * where they came from.
 */
public final class Credentials {
    private static final long MAX_SECRET_BYTES = 64 * 1024;

    private final String header;
    private final String description;

    private Credentials(String header, String description) {
        this.header = header;
        this.description = description;
    }

    public static Credentials none() {
        return new Credentials(null, "no credentials");
    }

    public static Credentials bearer(String token, String source) {
        requireSingleLine(token, "the bearer token from " + source);
        return new Credentials("Bearer " + token, "a bearer token from " + source);
    }

    public static Credentials basic(String user, String password, String source) {
        if (user.contains(":")) {
            throw new VerifyException("the basic auth user may not contain ':'");
        }
        requireSingleLine(password, "the basic auth password from " + source);
        String pair = user + ":" + password;
        return new Credentials("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)),
                "basic auth as '" + user + "' with a password from " + source);
    }

    /** The secret in a file, without its trailing line break. */
    public static Secret fromFile(Path file) {
        try {
            if (Files.size(file) > MAX_SECRET_BYTES) {
                throw new VerifyException("the secret file " + file + " is larger than 64 KiB; is it the right file?");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new Secret(strip(text, "the secret file " + file), "file " + file);
        } catch (IOException e) {
            throw new VerifyException("cannot read the secret file " + file + ": " + reason(e));
        }
    }

    /** The secret in an environment variable, read from the given environment. */
    public static Secret fromEnvironment(String variable, Map<String, String> environment) {
        String value = environment.get(variable);
        if (value == null || value.isEmpty()) {
            throw new VerifyException("the environment variable " + variable + " is not set or empty");
        }
        return new Secret(strip(value, "the environment variable " + variable), "environment variable " + variable);
    }

    /** The value of the {@code Authorization} header, if any. */
    Optional<String> authorization() {
        return Optional.ofNullable(header);
    }

    @Override
    public String toString() {
        return description;
    }

    private static String strip(String text, String what) {
        String stripped = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (stripped.isEmpty()) {
            throw new VerifyException(what + " is empty");
        }
        return stripped;
    }

    private static void requireSingleLine(String secret, String what) {
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            if (c == '\n' || c == '\r' || c < 0x20 && c != '\t') {
                throw new VerifyException(what + " holds a line break or a control character");
            }
        }
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : String.valueOf(e.getMessage());
    }

    /** A secret and where it came from; its text is never printed. */
    public record Secret(String value, String source) {
        @Override
        public String toString() {
            return "secret from " + source;
        }
    }
}
