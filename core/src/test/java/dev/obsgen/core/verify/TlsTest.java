package dev.obsgen.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server whose certificate no public CA signed is refused, with a hint at {@code --ca-file}, and trusted with its
 * CA's PEM file. The certificate is made by the JDK's keytool for 127.0.0.1.
 */
class TlsTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path directory;

    @Test
    void aPrivateCaIsTrustedOnlyWhenGiven() throws Exception {
        Path keystore = directory.resolve("server.p12");
        Path pem = directory.resolve("ca.pem");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", new String(PASSWORD));
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(),
                "-storepass", new String(PASSWORD), "-file", pem.toString());
        try (FakePrometheus fake = FakePrometheus.faithful(context(keystore))) {
            VerifyException refused = assertThrows(VerifyException.class, () -> Verification.run(
                    new VerifyShopModel().define(), ServerAccess.of(fake.url())));
            assertTrue(refused.getMessage().startsWith("TLS with " + fake.url() + " failed")
                    && refused.getMessage().endsWith("(a private CA? give it with --ca-file)"), refused.getMessage());
            VerifyReport report = Verification.run(new VerifyShopModel().define(),
                    ServerAccess.of(fake.url()).withCaFile(pem));
            assertEquals(List.of(), report.findings(), report::text);
        }
        Path notPem = Files.writeString(directory.resolve("not.pem"), "hello\n");
        VerifyException bad = assertThrows(VerifyException.class,
                () -> new PrometheusClient(ServerAccess.of("https://127.0.0.1:1").withCaFile(notPem)));
        assertTrue(bad.getMessage().startsWith("the CA file " + notPem), bad.getMessage());
    }

    private static SSLContext context(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        Path tool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(tool.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool did not finish");
        assertEquals(0, process.exitValue(), output);
    }
}
