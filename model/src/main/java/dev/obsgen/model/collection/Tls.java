package dev.obsgen.model.collection;

import dev.obsgen.model.Nullable;

/** TLS towards a store: whether the server certificate is verified, and against which CA file (absent: system CAs). */
public record Tls(boolean verify, @Nullable String caFile) {
    public static Tls verified() {
        return new Tls(true, null);
    }

    public static Tls verifiedAgainst(String caFile) {
        return new Tls(true, caFile);
    }
}
