package dev.obsgen.it.preview;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.it.stack.Await;
import dev.obsgen.it.stack.FolderRemoval;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One headless Chromium for every page a test run checks, on a fresh profile in a temporary directory, driven over
 * the DevTools protocol on a port it picks itself ({@code --remote-debugging-port=0}, read back from
 * {@code DevToolsActivePort}). {@link #close()} kills the browser and every process it started, then deletes the
 * directory; a JVM shutdown hook does the same for a run that never reaches it.
 */
final class Chromium implements AutoCloseable {
    private static final Duration START_DEADLINE = Duration.ofSeconds(60);
    private static final Duration LOAD_DEADLINE = Duration.ofSeconds(30);

    /**
     * The document's URL, the {@code data-panel-id} of every panel box, split by whether Chromium laid it out with an
     * area, of those that say "no data", the root element's size for the screenshot, and the text of the error page
     * Chromium shows for XML that does not parse.
     */
    private static final String INSPECT = """
            (() => {
              const panels = [...document.querySelectorAll('g.panel')];
              const area = g => { const r = g.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
              const root = document.documentElement;
              const size = root.getBoundingClientRect();
              const parse = document.getElementsByTagName('parsererror');
              return {
                url: document.URL,
                root: root.localName,
                boxed: panels.filter(area).map(g => g.getAttribute('data-panel-id')),
                empty: panels.filter(g => !area(g)).map(g => g.getAttribute('data-panel-id')),
                noData: panels.filter(g => g.querySelector('.no-data')).map(g => g.getAttribute('data-panel-id')),
                width: Math.ceil(size.width),
                height: Math.ceil(size.height),
                parseError: parse.length ? parse[0].textContent : ''
              };
            })()""";

    private final Path directory;
    private final Process process;
    private final Thread shutdownHook;
    private DevToolsConnection devTools;

    private Chromium(Path directory, Process process) {
        this.directory = directory;
        this.process = process;
        this.shutdownHook = new Thread(this::stopProcesses, "stop-chromium");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the browser; if it does not come up, stops what it started and deletes its directory. */
    static Chromium start(Path binary) {
        return start(binary, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** {@link #start(Path)} with its directory made in {@code temporaryRoot}. */
    static Chromium start(Path binary, Path temporaryRoot) {
        Path directory;
        try {
            directory = Files.createTempDirectory(temporaryRoot, "obsgen-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make Chromium's directory in " + temporaryRoot, e);
        }
        Process process;
        try {
            Path profile = Files.createDirectory(directory.resolve("profile"));
            process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                    "--remote-debugging-port=0", "about:blank")
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("chromium.log").toFile())
                    .start();
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("cannot start " + binary, e);
            try {
                FolderRemoval.remove(directory);
            } catch (UncheckedIOException deleting) {
                failure.addSuppressed(deleting);
            }
            throw failure;
        }
        Chromium chromium = new Chromium(directory, process);
        try {
            chromium.devTools = DevToolsConnection.open(chromium.awaitEndpoint());
            return chromium;
        } catch (RuntimeException e) {
            e.addSuppressed(new IllegalStateException("chromium.log:\n" + chromium.logTail()));
            try {
                chromium.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * Opens the file in a fresh tab, waits for the load of the document its navigation started, inspects its panel
     * boxes, saves a screenshot of the whole document as {@code screenshot}, and closes the tab. Every error the page
     * reported on the way is in the report; a step Chromium refuses fails with its message.
     */
    PageReport check(Path page, Path screenshot) {
        String target = devTools.send("Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        String session = devTools.send("Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId").asText();
        PageReport report;
        try {
            for (String domain : List.of("Page", "Runtime", "Log")) {
                devTools.send(session, domain + ".enable", Map.of());
            }
            devTools.send(session, "Page.setLifecycleEventsEnabled", Map.of("enabled", true));
            // Chromium resolves "..": the URL it reports for the document is compared with the resolved one.
            String url = page.toAbsolutePath().normalize().toUri().toString();
            JsonNode navigation = devTools.send(session, "Page.navigate", Map.of("url", url));
            String frame = navigation.path("frameId").asText();
            String loader = navigation.path("loaderId").asText();
            if (loader.isEmpty()) {
                // Only a navigation within the same document has no loader, and about:blank to a file is none.
                throw new DevToolsException("Page.navigate to " + url + " started no new document: " + navigation);
            }
            Await.until("Chromium loads " + page, LOAD_DEADLINE, () -> devTools.events(session).stream()
                    .filter(event -> event.isLoadOf(frame, loader)).findFirst());
            JsonNode inspected = devTools.send(session, "Runtime.evaluate",
                    Map.of("expression", INSPECT, "returnByValue", true)).path("result").path("value");
            List<String> problems = new ArrayList<>();
            if (!url.equals(inspected.path("url").asText())) {
                problems.add("the inspected document is " + inspected.path("url").asText() + ", not " + url);
            }
            if (!"svg".equals(inspected.path("root").asText())) {
                problems.add("the document's root element is <" + inspected.path("root").asText() + ">, not <svg>");
            }
            if (!inspected.path("parseError").asText().isEmpty()) {
                problems.add("the document does not parse: " + inspected.path("parseError").asText().strip());
            }
            JsonNode shot = devTools.send(session, "Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "scale", 1,
                            "width", Math.max(1, inspected.path("width").asInt()),
                            "height", Math.max(1, inspected.path("height").asInt()))));
            Files.createDirectories(screenshot.toAbsolutePath().getParent());
            Files.write(screenshot, Base64.getDecoder().decode(shot.path("data").asText()));
            for (DevToolsMessage event : devTools.events(session)) {
                event.pageProblem().ifPresent(problems::add);
            }
            report = new PageReport(page, problems, strings(inspected.path("boxed")), strings(inspected.path("empty")),
                    strings(inspected.path("noData")), screenshot.toAbsolutePath());
        } catch (IOException e) {
            throw closeTab(target, session, new UncheckedIOException("cannot write " + screenshot, e));
        } catch (RuntimeException e) {
            throw closeTab(target, session, e);
        }
        closeTab(target, session);
        return report;
    }

    /** Closes the tab after a failed check; a failure to close it too is carried by the check's own. */
    private RuntimeException closeTab(String target, String session, RuntimeException failure) {
        try {
            closeTab(target, session);
        } catch (RuntimeException closing) {
            failure.addSuppressed(closing);
        }
        return failure;
    }

    private void closeTab(String target, String session) {
        devTools.forget(session);
        devTools.send("Target.closeTarget", Map.of("targetId", target));
    }

    /** Stops the browser and every process it started, then deletes its profile and log. */
    @Override
    public void close() {
        if (devTools != null) {
            devTools.close();
        }
        stopProcesses();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it stops the same processes.
        }
        FolderRemoval.remove(directory);
    }


    private void stopProcesses() {
        // The renderers and helpers are the browser's descendants: listed before it exits, since they are reparented.
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** The browser's DevTools WebSocket, from the file Chromium writes once it listens: the port, then the path. */
    private URI awaitEndpoint() {
        Path portFile = directory.resolve("profile").resolve("DevToolsActivePort");
        List<String> lines = Await.until("Chromium writes " + portFile, START_DEADLINE, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited with status " + process.exitValue());
            }
            return readLines(portFile).filter(l -> l.size() >= 2 && !l.get(1).isBlank());
        });
        return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
    }

    private static Optional<List<String>> readLines(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String logTail() {
        List<String> lines = readLines(directory.resolve("chromium.log")).orElse(List.of());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
