package dev.obsgen.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.cli.Obsgen;
import dev.obsgen.model.alerting.NotificationPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code obsgen verify}: its output, exit statuses, JSON, and the one-line failures of bad options and servers. */
class VerifyCommandTest {
    private static final String MODEL = VerifyShopModel.class.getName();

    @TempDir
    Path directory;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("verify"));
        all.addAll(List.of(args));
        int status = Obsgen.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFaithfulServerPassesWithTheSummaryOnly() {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            Run run = run("--model", MODEL, "--prometheus", fake.url());
            assertEquals(0, run.status(), run.err());
            assertEquals("5 metrics checked in 2 jobs: 0 errors, 0 warnings\n", run.out());
            assertEquals("", run.err());
        }
    }

    @Test
    void driftIsPrintedAsCompilerStyleLinesAndErrorsExitOne() {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            fake.meta("payments", "payments_processed_total", "gauge", "");
            fake.label("payments_processed_total", "region", "eu");
            Run run = run("--model", MODEL, "--prometheus", fake.url(), "--timeout", "5s", "--max-series", "10");
            assertEquals(1, run.status(), run.err());
            assertEquals("""
                    verify/label-undeclared warning job 'payments' metric 'payments_processed_total': series carry \
                    the label 'region', which the model does not declare (for example region="eu")
                    verify/metric-type error job 'payments' metric 'payments_processed_total': declared a counter, \
                    the job's targets expose it as a gauge
                    5 metrics checked in 2 jobs: 1 error, 1 warning
                    """, run.out());
        }
    }

    @Test
    void warningsAloneExitZero() {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            fake.add("payments_debug_flag", "payments", VerifyShopModel.PAYMENTS_TARGET);
            Run run = run("--model", MODEL, "--prometheus", fake.url());
            assertEquals(0, run.status(), run.out());
            assertTrue(run.out().startsWith("verify/metric-undeclared warning job 'payments': exposes "
                    + "'payments_debug_flag', which the model does not declare\n"), run.out());
        }
    }

    @Test
    void jsonIsSortedAndTheSameOnEveryRun() throws IOException {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            fake.rename("payments_pending", "payments_pending_items");
            fake.add("orders_placed_total", "orders", VerifyShopModel.ORDERS_TARGET, "status", "lost");
            fake.rules.clear();
            Run first = run("--model", MODEL, "--prometheus", fake.url(), "--format", "json");
            Run second = run("--model", MODEL, "--prometheus", fake.url(), "--format", "json");
            assertEquals(1, first.status(), first.err());
            assertEquals(first.out(), second.out());
            JsonNode root = new ObjectMapper().readTree(first.out());
            assertEquals(5, root.path("metrics").asInt());
            assertEquals(2, root.path("jobs").asInt());
            assertEquals(2, root.path("rules").asInt());
            List<String> order = new ArrayList<>();
            root.path("findings").forEach(f -> order.add(f.path("job").asText() + "|" + f.path("metric").asText()
                    + "|" + f.path("rule").asText() + "|" + f.path("check").asText()));
            assertEquals(List.of(
                    "orders|orders_placed_total||verify/label-value",
                    "payments|||verify/metric-undeclared",
                    "payments|payments_pending||verify/metric-missing",
                    "||alert 'PaymentsBacklog' in group 'shop'|verify/rule-missing",
                    "||recording rule 'job:orders_placed:rate5m' in group 'shop'|verify/rule-missing"), order);
            assertEquals(root.path("errors").asInt() + root.path("warnings").asInt(), root.path("findings").size());
        }
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of("--model", MODEL), "--model and --prometheus are required"),
                Arguments.of(List.of("--model", MODEL, "--prometheus", "http://x", "--bearer-token", "t0ken"),
                        "secrets are read from a file or an environment variable only"),
                Arguments.of(List.of("--model", MODEL, "--prometheus", "http://x", "--basic-auth-password", "t0ken"),
                        "secrets are read from a file or an environment variable only"),
                Arguments.of(List.of("--model", MODEL, "--prometheus", "http://admin:t0ken@x:9090"),
                        "the Prometheus URL holds a user or password"),
                Arguments.of(List.of("--model", MODEL, "--prometheus", "http://x", "--format", "xml"),
                        "--format is text or json"),
                Arguments.of(List.of("--model", MODEL, "--prometheus", "http://x", "--timeout", "soon"),
                        "--timeout takes a positive duration"),
                Arguments.of(List.of("--model", MODEL, "--prometheus", "http://x", "--max-series", "0"),
                        "--max-series must be at least 1"),
                Arguments.of(List.of("--model", MODEL, "--prometheus", "http://x", "--basic-auth-user", "u"),
                        "--basic-auth-user needs --basic-auth-password-file"),
                Arguments.of(List.of("--model", MODEL, "--prometheus", "http://x",
                        "--bearer-token-env", "OBSGEN_TEST_VARIABLE_THAT_IS_NOT_SET"),
                        "the environment variable OBSGEN_TEST_VARIABLE_THAT_IS_NOT_SET is not set or empty"),
                Arguments.of(List.of("--model", "com.example.Missing", "--prometheus", "http://x"),
                        "model class com.example.Missing cannot be loaded"),
                Arguments.of(List.of("--model", MODEL, "--prometheus", "http://x", "--colour", "on"),
                        "unknown option --colour"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void usageErrorsExitTwoWithOneLineAndNoSecret(List<String> args, String message) {
        Run run = run(args.toArray(String[]::new));
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("obsgen verify: "), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertFalse(run.err().contains("t0ken"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void anUnreachableServerExitsTwoWithOneLine() throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Run run = run("--model", MODEL, "--prometheus", "http://127.0.0.1:" + port);
        assertEquals(2, run.status());
        assertEquals("obsgen verify: cannot connect to http://127.0.0.1:" + port + ": connection refused\n", run.err());
    }

    @Test
    void aRefusedTokenIsNamedByItsFileNotPrinted() throws IOException {
        Path token = Files.writeString(directory.resolve("token"), "t0ken-value\n");
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            fake.requiredAuthorization = "Bearer another";
            Run run = run("--model", MODEL, "--prometheus", fake.url(), "--bearer-token-file", token.toString());
            assertEquals(2, run.status());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().endsWith("answered HTTP 401: the server refused a bearer token from file " + token
                    + "\n"), run.err());
            assertFalse(run.err().contains("t0ken-value") || run.out().contains("t0ken-value"));
        }
    }

    @Test
    void theRightTokenPasses() throws IOException {
        Path token = Files.writeString(directory.resolve("token"), "t0ken-value\n");
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            fake.requiredAuthorization = "Bearer t0ken-value";
            Run run = run("--model", MODEL, "--prometheus", fake.url(), "--bearer-token-file", token.toString());
            assertEquals(0, run.status(), run.err());
        }
    }

    /** The shop without its notification policy: a model generation refuses. */
    public static final class BrokenShop implements dev.obsgen.model.ObservabilityDefinition {
        @Override
        public dev.obsgen.model.Observability define() {
            return new VerifyShopModel().define().toBuilder().notifications((NotificationPolicy) null).build();
        }
    }

    @Test
    void aModelWithErrorsIsNotVerified() {
        try (FakePrometheus fake = FakePrometheus.faithful()) {
            Run run = run("--model", BrokenShop.class.getName(), "--prometheus", fake.url());
            assertEquals(2, run.status(), run.err());
            assertTrue(run.err().startsWith("error[alertmanager/routing]"), run.err());
            assertTrue(run.err().endsWith("obsgen verify: the model has errors; fix them (obsgen check shows them too) "
                    + "before verifying\n"), run.err());
            assertTrue(fake.requests.isEmpty(), "no request before the model is sound");
        }
    }
}
