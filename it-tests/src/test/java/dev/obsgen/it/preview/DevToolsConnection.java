package dev.obsgen.it.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.obsgen.it.stack.HttpJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The browser-wide DevTools WebSocket of one Chromium. Commands to a page go through the same socket, tagged with the
 * page's session ({@code Target.attachToTarget} with {@code flatten}); a command waits for the response of its own
 * id. The events of each page are kept, in arrival order, until the page is closed.
 */
final class DevToolsConnection implements AutoCloseable {
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<DevToolsMessage>> pending = new ConcurrentHashMap<>();
    private final Map<String, List<DevToolsMessage>> events = new ConcurrentHashMap<>();
    private final WebSocket socket;
    private volatile String closedBecause;

    private DevToolsConnection(URI endpoint) {
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(endpoint, new Receiver()).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevToolsException("interrupted while connecting to " + endpoint, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new DevToolsException("cannot connect to Chromium's DevTools at " + endpoint + ": " + e, e);
        }
    }

    static DevToolsConnection open(URI endpoint) {
        return new DevToolsConnection(endpoint);
    }

    /** A browser-wide command. */
    JsonNode send(String method, Map<String, ?> params) {
        return send("", method, params);
    }

    /** A command to the page of {@code sessionId}; its result, or a {@link DevToolsException} with Chromium's error. */
    JsonNode send(String sessionId, String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode command = HttpJson.JSON.createObjectNode();
        command.put("id", id);
        command.put("method", method);
        command.set("params", HttpJson.JSON.valueToTree(params));
        if (!sessionId.isEmpty()) {
            command.put("sessionId", sessionId);
        }
        CompletableFuture<DevToolsMessage> response = new CompletableFuture<>();
        pending.put(id, response);
        try {
            if (closedBecause != null) {
                throw new DevToolsException(method + ": the DevTools connection is closed (" + closedBecause + ")");
            }
            socket.sendText(command.toString(), true).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return response.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS).resultOf(method);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevToolsException("interrupted while waiting for " + method, e);
        } catch (ExecutionException e) {
            throw new DevToolsException(method + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new DevToolsException(method + " got no answer within " + COMMAND_TIMEOUT.toSeconds() + "s", e);
        } finally {
            pending.remove(id);
        }
    }

    /** The events of the session received so far, oldest first. */
    List<DevToolsMessage> events(String sessionId) {
        List<DevToolsMessage> received = events.getOrDefault(sessionId, List.of());
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Forgets the events of a session whose page is closed. */
    void forget(String sessionId) {
        events.remove(sessionId);
    }

    @Override
    public void close() {
        closedBecause = "closed by the test";
        socket.abort();
    }

    private void receive(String text) {
        DevToolsMessage message = DevToolsMessage.parse(text);
        if (message.isResponse()) {
            CompletableFuture<DevToolsMessage> response = pending.get(message.id());
            if (response != null) {
                response.complete(message);
            }
            return;
        }
        if (message.sessionId().isEmpty()) {
            // The browser's own events (targets created and closed) say nothing about a page.
            return;
        }
        List<DevToolsMessage> received = events.computeIfAbsent(message.sessionId(), s -> new ArrayList<>());
        synchronized (received) {
            received.add(message);
        }
    }

    private void closed(String reason) {
        closedBecause = reason;
        pending.values().forEach(response -> response.completeExceptionally(
                new DevToolsException("the DevTools connection closed: " + reason)));
    }

    /** Joins the frames of each text message, which Chromium splits when it is large (a screenshot). */
    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    receive(text);
                } catch (RuntimeException e) {
                    closed(e.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed("status " + statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed(error.toString());
        }
    }
}
