package dev.obsgen.it.collection;

import dev.obsgen.it.stack.FolderRemoval;
import dev.obsgen.it.stack.FreePort;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.Log4J2LoggerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single OpenSearch node in the test JVM, answering HTTP on a loopback port, its data and logs in a
 * temporary folder that closing removes.
 *
 * <p>The node is the server's own {@link Node}, not the test framework's {@code MockNode}: when the framework's
 * randomized-testing runner is on the class path, OpenSearch's {@code Randomness} asks that runner for the random
 * source of the calling test, and a JUnit 5 test has none, so the node fails while making its node id. Without the
 * framework, the node draws from an unseeded source, as in a distribution. The plugins a distribution loads from
 * its {@code modules/} folder are given as classes instead: Netty for HTTP, and the common analysis module.
 */
final class OpenSearchNode implements AutoCloseable {
    private final Path home;
    private final Node node;
    private final String url;

    private OpenSearchNode(Path home, Node node, String url) {
        this.home = home;
        this.node = node;
        this.url = url;
    }

    static OpenSearchNode start() {
        // Netty's processor count is a JVM-wide setting another library may have set first; the node must not fail on it.
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
        Configurator.setRootLevel(Level.WARN);
        // Netty would log through SLF4J, which has no binding here and says so on the console; the node logs through log4j.
        InternalLoggerFactory.setDefaultFactory(Log4J2LoggerFactory.INSTANCE);
        Path home;
        try {
            home = Files.createTempDirectory("obsgen-opensearch-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the node's home folder", e);
        }
        Node node = null;
        try {
            int httpPort = FreePort.onLoopback();
            Settings settings = Settings.builder()
                    .put("cluster.name", "obsgen-it")
                    .put("node.name", "obsgen-it")
                    .put("path.home", home.toString())
                    .put("path.data", home.resolve("data").toString())
                    .put("path.logs", home.resolve("logs").toString())
                    .put("discovery.type", "single-node")
                    .put("network.host", "127.0.0.1")
                    .put("http.type", Netty4Plugin.NETTY_HTTP_TRANSPORT_NAME)
                    .put("transport.type", Netty4Plugin.NETTY_TRANSPORT_NAME)
                    .put("http.port", httpPort)
                    .put("transport.port", FreePort.onLoopback())
                    // Two shared cores and a test's handful of documents: few threads, and no disk watermark that a
                    // nearly full build disk would trip into read-only indices.
                    .put("node.processors", 1)
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .build();
            node = new PluginNode(settings, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class));
            node.start();
            return new OpenSearchNode(home, node, "http://127.0.0.1:" + httpPort);
        } catch (NodeValidationException | RuntimeException e) {
            Node started = node;
            throw startFailure(e, started == null ? () -> { } : () -> closeNode(started), home, FolderRemoval::remove);
        }
    }

    /** The node's HTTP address, such as {@code http://127.0.0.1:41234}. */
    String url() {
        return url;
    }

    /** Closes the node and deletes its home folder, even when closing fails; the first failure is thrown. */
    @Override
    public void close() {
        List<RuntimeException> failures = stop(() -> closeNode(node), home, FolderRemoval::remove);
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    /**
     * Why the node did not start, carrying what went wrong while cleaning up after it, so that a failure to close the
     * half-started node or to delete its home never takes the place of the reason it did not start.
     */
    static IllegalStateException startFailure(Exception cause, Runnable closeNode, Path home, Consumer<Path> removal) {
        IllegalStateException failure = new IllegalStateException("the OpenSearch node did not start: "
                + cause.getMessage(), cause);
        stop(closeNode, home, removal).forEach(failure::addSuppressed);
        return failure;
    }

    /** Closes the node, then removes its home whether or not closing worked; the failures of both, in that order. */
    static List<RuntimeException> stop(Runnable closeNode, Path home, Consumer<Path> removal) {
        List<RuntimeException> failures = new ArrayList<>();
        try {
            closeNode.run();
        } catch (RuntimeException e) {
            failures.add(e);
        } finally {
            try {
                removal.accept(home);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        return failures;
    }

    private static void closeNode(Node node) {
        try {
            node.close();
            if (!node.awaitClose(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the OpenSearch node did not close within 30s");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenSearch node did not close", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the OpenSearch node closed", e);
        }
    }


    /** A node with plugins from the class path, which only a subclass may give. */
    private static final class PluginNode extends Node {
        PluginNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "obsgen-it"), plugins, true);
        }
    }
}
