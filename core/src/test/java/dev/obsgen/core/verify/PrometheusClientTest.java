package dev.obsgen.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.obsgen.core.verify.PrometheusClient.Param;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests carry the credentials, and every answer is bounded in time and in size. */
class PrometheusClientTest {
    @TempDir
    Path directory;

    @Test
    void aBearerTokenFromAFileIsSentWithEveryRequest() throws IOException {
        Path file = Files.writeString(directory.resolve("token"), "s3cr3t-token\n");
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            Credentials.Secret token = Credentials.fromFile(file);
            Verification.run(new VerifyShopModel().define(),
                    ServerAccess.of(fake.url()).withCredentials(Credentials.bearer(token.value(), token.source())));
            assertFalse(fake.requests.isEmpty());
            fake.requests.forEach(r -> assertEquals("Bearer s3cr3t-token", r.authorization(), r.path()));
        }
    }

    @Test
    void basicAuthFromTheEnvironmentIsSentWithEveryRequest() {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            Credentials.Secret password = Credentials.fromEnvironment("PROM_PASSWORD", Map.of("PROM_PASSWORD", "pa:ss"));
            Verification.run(new VerifyShopModel().define(), ServerAccess.of(fake.url())
                    .withCredentials(Credentials.basic("verifier", password.value(), password.source())));
            String expected = "Basic " + Base64.getEncoder().encodeToString("verifier:pa:ss".getBytes(StandardCharsets.UTF_8));
            fake.requests.forEach(r -> assertEquals(expected, r.authorization(), r.path()));
        }
    }

    @Test
    void withoutCredentialsNoAuthorizationIsSent() {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            Verification.run(new VerifyShopModel().define(), ServerAccess.of(fake.url()));
            fake.requests.forEach(r -> assertNull(r.authorization(), r.path()));
        }
    }

    @Test
    void aRefusedCredentialIsNamedByWhereItCameFromNeverByItsValue() throws IOException {
        Path file = Files.writeString(directory.resolve("token"), "wrong-token");
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            fake.requiredAuthorization = "Bearer right-token";
            Credentials.Secret token = Credentials.fromFile(file);
            VerifyException e = assertThrows(VerifyException.class, () -> Verification.run(
                    new VerifyShopModel().define(),
                    ServerAccess.of(fake.url()).withCredentials(Credentials.bearer(token.value(), token.source()))));
            assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains("bearer token from file "),
                    e.getMessage());
            assertFalse(e.getMessage().contains("wrong-token"), e.getMessage());
        }
    }

    @Test
    void seriesAreSampledWithLimitAndCutHereWhenTheServerIgnoresIt() {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            for (int i = 0; i < 500; i++) {
                fake.add("orders_queue_depth", "orders", VerifyShopModel.ORDERS_TARGET, "queue", "q" + i);
            }
            fake.honoursLimit = false;
            PrometheusClient client = new PrometheusClient(ServerAccess.of(fake.url()));
            PrometheusClient.Items items = client.items("/api/v1/series",
                    List.of(new Param("match[]", "orders_queue_depth"), new Param("limit", "5")), 5);
            assertEquals(5, items.items().size());
            assertTrue(items.truncated());
            fake.honoursLimit = true;
            fake.requests.clear();
            Verification.run(new VerifyShopModel().define(), ServerAccess.of(fake.url()).withMaxSeries(7));
            assertTrue(fake.requests.stream().filter(r -> r.path().equals("/api/v1/series"))
                    .allMatch(r -> r.query().get("limit").equals(List.of("7"))), fake.requests::toString);
        }
    }

    @Test
    void aSeriesListPastTheByteBoundIsCutThereAndItsFirstSeriesAreTheSample() {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            for (int i = 0; i < 5000; i++) {
                fake.add("orders_queue_depth", "orders", VerifyShopModel.ORDERS_TARGET, "queue", "queue-number-" + i);
            }
            fake.honoursLimit = false;
            PrometheusClient client = new PrometheusClient(ServerAccess.of(fake.url()).withMaxResponseBytes(16 * 1024));
            PrometheusClient.Items items = client.items("/api/v1/series",
                    List.of(new Param("match[]", "orders_queue_depth")), 100_000);
            assertTrue(items.truncated());
            assertTrue(items.items().size() > 10 && items.items().size() < 5000, "" + items.items().size());
        }
    }

    @Test
    void anAnswerPastTheByteBoundIsAClearErrorNotAnOutOfMemory() {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            fake.overrideConfig = "scrape_configs:\n" + "- job_name: padding\n".repeat(100_000);
            VerifyException e = assertThrows(VerifyException.class, () -> Verification.run(
                    new VerifyShopModel().define(), ServerAccess.of(fake.url()).withMaxResponseBytes(64 * 1024)));
            assertEquals(fake.url() + "/api/v1/status/config answered more than 65536 bytes; verify reads at most "
                    + "that much from one answer", e.getMessage());
        }
    }

    @Test
    void aBodyPastTheBoundIsRefusedWhetherItsLengthIsAnnouncedOrNot() throws IOException {
        // Announced: refused before a byte is read, even when the bytes would come slowly.
        HttpServer announced = rawServer(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 100L * 1024 * 1024);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(new byte[1024]);
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException e) {
                // The client hung up, as it should.
            }
        });
        // Chunked: counted as it comes, and cut at the bound.
        HttpServer chunked = rawServer(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"status\":\"success\",\"data\":[".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 10_000; i++) {
                    out.write("\"0123456789abcdef0123456789abcdef\",".getBytes(StandardCharsets.UTF_8));
                }
                out.write("\"end\"]}".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The client hung up, as it should.
            }
        });
        try {
            for (HttpServer server : List.of(announced, chunked)) {
                String url = "http://127.0.0.1:" + server.getAddress().getPort();
                PrometheusClient client = new PrometheusClient(ServerAccess.of(url).withMaxResponseBytes(64 * 1024)
                        .withTimeout(Duration.ofSeconds(3)));
                long start = System.nanoTime();
                VerifyException e = assertThrows(VerifyException.class, () -> client.data("/api/v1/labels", List.of()));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(url + "/api/v1/labels answered more than 65536 bytes; verify reads at most that much "
                        + "from one answer", e.getMessage());
                assertTrue(millis < 2_000, millis + " ms");
            }
        } finally {
            announced.stop(0);
            chunked.stop(0);
        }
    }

    private static HttpServer rawServer(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "raw-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", handler);
        server.start();
        return server;
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsAClearError() {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            fake.delayMillis = 5_000;
            long start = System.nanoTime();
            VerifyException e = assertThrows(VerifyException.class, () -> Verification.run(
                    new VerifyShopModel().define(), ServerAccess.of(fake.url()).withTimeout(Duration.ofMillis(300))));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.getMessage().endsWith("did not answer within 300ms (--timeout)"), e.getMessage());
            assertTrue(millis < 3_000, millis + " ms");
        }
    }

    @Test
    void aBodyThatTricklesIsCutAtTheTimeoutToo() throws IOException {
        HttpServer server = rawServer(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"status\":\"success\",\"data\":[".getBytes(StandardCharsets.UTF_8));
                out.flush();
                for (int i = 0; i < 100; i++) {
                    out.write(" ".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException e) {
                // The client hung up, as it should.
            }
        });
        try {
            PrometheusClient client = new PrometheusClient(ServerAccess.of("http://127.0.0.1:"
                    + server.getAddress().getPort()).withTimeout(Duration.ofMillis(500)));
            long start = System.nanoTime();
            VerifyException e = assertThrows(VerifyException.class, () -> client.data("/api/v1/labels", List.of()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.getMessage().contains("did not answer within 500ms"), e.getMessage());
            assertTrue(millis < 3_000, millis + " ms");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRefusedConnectionIsOneLine() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        VerifyException e = assertThrows(VerifyException.class, () -> Verification.run(new VerifyShopModel().define(),
                ServerAccess.of("http://127.0.0.1:" + port)));
        assertEquals("cannot connect to http://127.0.0.1:" + port + ": connection refused", e.getMessage());
    }

    @Test
    void anErrorAnswerAndSomethingElseThanPrometheusAreNamed() {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            PrometheusClient client = new PrometheusClient(ServerAccess.of(fake.url()));
            VerifyException notFound = assertThrows(VerifyException.class, () -> client.data("/api/v1/nothing", List.of()));
            assertEquals(fake.url() + "/api/v1/nothing answered HTTP 404; is " + fake.url() + " a Prometheus server?",
                    notFound.getMessage());
        }
    }

    @Test
    void urlsWithCredentialsOrOfAnotherSchemeAreRefusedWithoutEchoingThePassword() {
        VerifyException userInfo = assertThrows(VerifyException.class,
                () -> ServerAccess.of("https://admin:hunter2@prometheus:9090"));
        assertFalse(userInfo.getMessage().contains("hunter2"), userInfo.getMessage());
        VerifyException scheme = assertThrows(VerifyException.class, () -> ServerAccess.of("ftp://a:hunter2@x/"));
        assertFalse(scheme.getMessage().contains("hunter2"), scheme.getMessage());
        assertEquals("http://prometheus:9090/prefix", ServerAccess.of("http://prometheus:9090/prefix/").base().toString());
    }

    @Test
    void secretsAreReadWithoutTheirLineBreakAndNeverShown() throws IOException {
        Path file = Files.writeString(directory.resolve("password"), "p4ss\r\n");
        Credentials.Secret secret = Credentials.fromFile(file);
        assertEquals("p4ss", secret.value());
        assertFalse(secret.toString().contains("p4ss"));
        assertFalse(Credentials.basic("u", "p4ss", secret.source()).toString().contains("p4ss"));
        assertThrows(VerifyException.class, () -> Credentials.fromEnvironment("UNSET_VARIABLE", Map.of()));
        assertThrows(VerifyException.class, () -> Credentials.fromFile(directory.resolve("missing")));
        assertThrows(VerifyException.class, () -> Credentials.bearer("two\nlines", "test"));
    }
}
