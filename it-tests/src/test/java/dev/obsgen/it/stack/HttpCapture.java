package dev.obsgen.it.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * An HTTP server on 127.0.0.1 that stands in for a notification service: it records every JSON body posted to it
 * and answers as the real service does on success. Tests take a {@link #mark()} before they act and look only at
 * what arrived after it.
 */
public class HttpCapture implements AutoCloseable {
    private final String service;
    private final HttpServer server;
    private final String path;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    protected HttpCapture(String service, String path, int status, String answer) {
        this.service = service;
        this.path = path;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + service + " capture", e);
        }
        server.createContext(path, exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(HttpJson.parse(service + " notification", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The URL Alertmanager posts to. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The loopback port, for a tunnel that forwards to it. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The URL as seen from {@code host}, which forwards to this server. */
    public String urlVia(String host) {
        return "http://" + host + ":" + port() + path;
    }

    public int mark() {
        return received.size();
    }

    public List<JsonNode> receivedSince(int mark) {
        return new ArrayList<>(received.subList(Math.min(mark, received.size()), received.size()));
    }

    /** Waits for a notification received after {@code mark} that matches. */
    public JsonNode await(int mark, String what, Predicate<JsonNode> matches) {
        return Await.until(service + " receives " + what, () -> {
            List<JsonNode> since = receivedSince(mark);
            Optional<JsonNode> found = since.stream().filter(matches).findFirst();
            if (found.isEmpty()) {
                throw new IllegalStateException(service + " received " + since.size() + " notification(s) since the mark: "
                        + since);
            }
            return found;
        });
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
