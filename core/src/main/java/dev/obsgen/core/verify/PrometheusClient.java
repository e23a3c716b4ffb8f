package dev.obsgen.core.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/**
 * GET requests to the Prometheus HTTP API ({@code /api/v1/...}), each bounded in time (connecting, waiting and
 * reading the whole body) and in the bytes it may bring, with the {@code {"status": ..., "data": ...}} envelope
 * unwrapped and an {@code "error"} answer turned into a one-line {@link VerifyException}.
 */
final class PrometheusClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerAccess access;
    private final HttpClient http;

    PrometheusClient(ServerAccess access) {
        this.access = access;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(access.timeout())
                // An Authorization header must not follow a redirect to another host.
                .followRedirects(HttpClient.Redirect.NEVER);
        if (access.caFile() != null) {
            builder.sslContext(trusting(access));
        }
        this.http = builder.build();
    }

    /** A query parameter; repeated names ({@code match[]}) are given as several. */
    record Param(String name, String value) {
    }

    /** The {@code data} of an answer read whole. */
    JsonNode data(String path, List<Param> params) {
        BoundedBody.Bytes body = fetch(path, params, false);
        JsonNode answer;
        try {
            answer = JSON.readTree(body.data());
        } catch (IOException e) {
            throw new VerifyException(describe(path) + " answered with something that is not JSON: "
                    + firstLine(e.getMessage()));
        }
        if (answer == null || !answer.isObject()) {
            throw new VerifyException(describe(path) + " answered with something that is not a Prometheus API answer");
        }
        if (!"success".equals(answer.path("status").asText())) {
            throw new VerifyException(describe(path) + " answered status '" + answer.path("status").asText()
                    + "': " + answer.path("errorType").asText("") + " " + answer.path("error").asText(""));
        }
        return answer.path("data");
    }

    /** The first items of an answer whose {@code data} is a list. */
    record Items(List<JsonNode> items, boolean truncated) {
    }

    /**
     * At most {@code max} items of a list answer. Servers older than Prometheus 2.51 ignore {@code limit}, so the list
     * is cut here too, and read as a stream: a body past the byte bound is cut there, and the items before the cut
     * are the sample.
     */
    Items items(String path, List<Param> params, int max) {
        BoundedBody.Bytes body = fetch(path, params, true);
        List<JsonNode> items = new ArrayList<>();
        boolean cut = body.truncated();
        String status = null;
        String error = "";
        try (JsonParser parser = JSON.createParser(body.data())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new VerifyException(describe(path) + " answered with something that is not a Prometheus API answer");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("status")) {
                    status = parser.getValueAsString();
                } else if (field.equals("error")) {
                    error = parser.getValueAsString("");
                } else if (field.equals("data") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        if (items.size() < max) {
                            items.add(parser.readValueAsTree());
                        } else {
                            // Read past, not kept: the status may follow the data.
                            cut = true;
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            if (!body.truncated()) {
                throw new VerifyException(describe(path) + " answered with malformed JSON: " + firstLine(e.getOriginalMessage()));
            }
        } catch (IOException e) {
            throw new VerifyException(describe(path) + " could not be read: " + e.getMessage());
        }
        if (status == null && body.truncated()) {
            throw new VerifyException(describe(path) + " answered more than " + access.maxResponseBytes()
                    + " bytes before saying whether it succeeded");
        }
        if (!"success".equals(status)) {
            throw new VerifyException(describe(path) + " answered status '" + status + "': " + error);
        }
        return new Items(items, cut);
    }

    private BoundedBody.Bytes fetch(String path, List<Param> params, boolean keepPrefix) {
        URI uri = uri(path, params);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(access.timeout()).GET()
                .header("Accept", "application/json");
        access.credentials().authorization().ifPresent(value -> request.header("Authorization", value));
        CompletableFuture<HttpResponse<BoundedBody.Bytes>> pending = http.sendAsync(request.build(),
                BoundedBody.handler(access.maxResponseBytes(), keepPrefix));
        HttpResponse<BoundedBody.Bytes> response;
        try {
            // The request timeout ends at the headers; this bounds the body too.
            response = pending.get(access.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new VerifyException(describe(path) + " did not answer within " + seconds() + " (--timeout)");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new VerifyException(describe(path) + " was interrupted");
        } catch (ExecutionException e) {
            throw failure(path, e.getCause());
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new VerifyException(describe(path) + " answered HTTP " + status + ": "
                    + (access.credentials().authorization().isEmpty()
                    ? "the server wants credentials (--bearer-token-file, --basic-auth-user, ...)"
                    : "the server refused " + access.credentials()));
        }
        if (status >= 300 && status < 400) {
            throw new VerifyException(describe(path) + " answered HTTP " + status + " (a redirect to "
                    + response.headers().firstValue("Location").orElse("nowhere") + "); give the URL it leads to");
        }
        if (status != 200 && !isJson(response)) {
            throw new VerifyException(describe(path) + " answered HTTP " + status + "; is " + access.base()
                    + " a Prometheus server?");
        }
        return response.body();
    }

    private VerifyException failure(String path, Throwable cause) {
        if (cause instanceof BoundedBody.TooLarge) {
            return tooLarge(path);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new VerifyException("cannot connect to " + access.base() + " within " + seconds() + " (--timeout)");
        }
        if (cause instanceof HttpTimeoutException) {
            return new VerifyException(describe(path) + " did not answer within " + seconds() + " (--timeout)");
        }
        if (cause instanceof ConnectException) {
            return new VerifyException("cannot connect to " + access.base() + ": connection refused");
        }
        if (cause instanceof SSLException) {
            return new VerifyException("TLS with " + access.base() + " failed: " + firstLine(cause.getMessage())
                    + (access.caFile() == null ? " (a private CA? give it with --ca-file)" : ""));
        }
        if (cause instanceof IOException) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return new VerifyException("cannot read " + describe(path) + ": " + firstLine(message));
        }
        return new VerifyException("cannot read " + describe(path) + ": " + cause, cause);
    }

    private VerifyException tooLarge(String path) {
        return new VerifyException(describe(path) + " answered more than " + access.maxResponseBytes()
                + " bytes; verify reads at most that much from one answer");
    }

    private static boolean isJson(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
    }

    private URI uri(String path, List<Param> params) {
        StringBuilder text = new StringBuilder(access.base().toString()).append(path);
        char separator = '?';
        for (Param param : params) {
            text.append(separator).append(encode(param.name())).append('=').append(encode(param.value()));
            separator = '&';
        }
        return URI.create(text.toString());
    }

    private String describe(String path) {
        return access.base() + path;
    }

    private String seconds() {
        long millis = access.timeout().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static SSLContext trusting(ServerAccess access) {
        try (InputStream in = Files.newInputStream(access.caFile())) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new VerifyException("the CA file " + access.caFile() + " holds no certificate");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new VerifyException("cannot read the CA file " + access.caFile() + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new VerifyException("the CA file " + access.caFile() + " holds no usable PEM certificate: "
                    + firstLine(e.getMessage()));
        }
    }
}
