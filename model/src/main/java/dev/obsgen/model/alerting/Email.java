package dev.obsgen.model.alerting;

import dev.obsgen.model.Nullable;

/** Mail through an SMTP smarthost; the password is read from {@code authPasswordFile}. */
public record Email(String to, String from, String smarthost, @Nullable String authUsername,
                    @Nullable SecretFile authPasswordFile, boolean requireTls, boolean sendResolved)
        implements Integration {
    public static Email to(String address) {
        return new Email(address, "", "", null, null, true, true);
    }

    public Email from(String address) {
        return new Email(to, address, smarthost, authUsername, authPasswordFile, requireTls, sendResolved);
    }

    public Email smarthost(String hostAndPort) {
        return new Email(to, from, hostAndPort, authUsername, authPasswordFile, requireTls, sendResolved);
    }

    public Email auth(String username, String passwordFile) {
        return new Email(to, from, smarthost, username, SecretFile.at(passwordFile), requireTls, sendResolved);
    }

    public Email requireTls(boolean value) {
        return new Email(to, from, smarthost, authUsername, authPasswordFile, value, sendResolved);
    }
}
