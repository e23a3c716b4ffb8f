package dev.obsgen.it.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The HTTP endpoint of one scrape job on 127.0.0.1. Stopping it closes the socket, so Prometheus sees the target go
 * down as it would in production (connection refused); starting it again binds the same port.
 */
final class ExporterEndpoint {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final String job;
    private final String path;
    private final Supplier<String> exposition;
    private int port;
    private HttpServer server;

    ExporterEndpoint(String job, String path, Supplier<String> exposition) {
        this.job = job;
        this.path = path;
        this.exposition = exposition;
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        server = Await.until("the exporter of " + job + " binds 127.0.0.1:" + port, () -> Optional.of(bind()));
        port = server.getAddress().getPort();
        server.start();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    synchronized boolean isRunning() {
        return server != null;
    }

    synchronized String target() {
        if (port == 0) {
            throw new IllegalStateException("the exporter of " + job + " has not started");
        }
        return "127.0.0.1:" + port;
    }

    private HttpServer bind() {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            created.createContext(path, exchange -> {
                byte[] body = exposition.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            return created;
        } catch (BindException e) {
            throw new IllegalStateException("port " + port + " is still taken: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
