package dev.obsgen.it.stack;

import dev.obsgen.model.Observability;
import dev.obsgen.model.scrape.ScrapeJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A running stack for one model: the synthetic exporter, the capture servers, and Prometheus and Alertmanager
 * started on the {@link LocalStackProfile} of the model, all on 127.0.0.1, all under one temporary directory that
 * {@link #close()} deletes after stopping everything it started.
 */
public final class LiveStack implements AutoCloseable {
    private final Observability production;
    private final Path directory;
    private final ShutdownOrder started = new ShutdownOrder();
    private SyntheticExporter exporter;
    private PagerDutyCapture pagerDuty;
    private SlackCapture slack;
    private EmailCapture email;
    private Observability profile;
    private AlertmanagerProcess alertmanager;
    private PrometheusProcess prometheus;

    private LiveStack(Observability production, Path directory) {
        this.production = production;
        this.directory = directory;
    }

    /** Starts everything; if any piece fails to start, stops what did and deletes the directory. */
    public static LiveStack start(Observability production, Path prometheusBinary, Path alertmanagerBinary, Path directory) {
        LiveStack stack = new LiveStack(production, directory);
        try {
            stack.startAll(prometheusBinary, alertmanagerBinary);
            return stack;
        } catch (RuntimeException | IOException e) {
            RuntimeException failure = e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
            try {
                stack.close();
            } catch (RuntimeException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
    }

    private void startAll(Path prometheusBinary, Path alertmanagerBinary) throws IOException {
        Path secrets = Files.createDirectories(directory.resolve("secrets"));
        Path logs = Files.createDirectories(directory.resolve("logs"));
        Path config = directory.resolve("config");
        pagerDuty = remember(new PagerDutyCapture());
        slack = remember(new SlackCapture());
        email = remember(new EmailCapture());
        exporter = remember(SyntheticExporter.start(production));
        Path routingKey = Files.writeString(secrets.resolve("pagerduty-routing-key"), "local-stack-routing-key\n",
                StandardCharsets.UTF_8);
        Path slackUrl = Files.writeString(secrets.resolve("slack-api-url"), slack.url() + "\n", StandardCharsets.UTF_8);
        alertmanager = AlertmanagerProcess.prepare(alertmanagerBinary, config.resolve(StackFiles.ALERTMANAGER_CONFIG),
                directory.resolve("alertmanager-data"), logs.resolve("alertmanager.log"));
        Map<String, String> targets = new LinkedHashMap<>();
        for (ScrapeJob job : production.scrapeJobs()) {
            targets.put(job.name(), exporter.target(job.name()));
        }
        profile = LocalStackProfile.of(production, new LocalEndpoints(targets, alertmanager.address(), pagerDuty.url(),
                routingKey, slackUrl, email.smarthost()));
        StackFiles.render(profile, config);
        started.push(alertmanager::stop);
        alertmanager.start();
        started.push(() -> {
            if (prometheus != null) {
                prometheus.stop();
            }
        });
        prometheus = PrometheusProcess.start(prometheusBinary, config.resolve(StackFiles.PROMETHEUS_CONFIG),
                directory.resolve("prometheus-data"), logs.resolve("prometheus.log"));
    }

    private <T extends AutoCloseable> T remember(T piece) {
        return started.push(piece);
    }

    /** The production model the stack stands in for. */
    public Observability production() {
        return production;
    }

    /** The model after {@link LocalStackProfile}: what the running Prometheus and Alertmanager were rendered from. */
    public Observability profile() {
        return profile;
    }

    /** The directory the profile's files were rendered into, which Prometheus and Alertmanager read. */
    public Path configDirectory() {
        return directory.resolve("config");
    }

    public SyntheticExporter exporter() {
        return exporter;
    }

    public PrometheusProcess prometheus() {
        return prometheus;
    }

    public AlertmanagerProcess alertmanager() {
        return alertmanager;
    }

    public PagerDutyCapture pagerDuty() {
        return pagerDuty;
    }

    public SlackCapture slack() {
        return slack;
    }

    public EmailCapture email() {
        return email;
    }

    /** The runbook link the model gives an alert's runbook slug. */
    public String runbookUrl(String slug) {
        return production.runbooks().url(slug);
    }

    /** The tail of each process' log, for the report of a failing test. */
    public String logs() {
        StringBuilder out = new StringBuilder();
        if (prometheus != null) {
            out.append("==== prometheus (").append(prometheus.baseUrl()).append(") ====\n")
                    .append(prometheus.logTail(60)).append('\n');
        }
        if (alertmanager != null) {
            out.append("==== alertmanager (").append(alertmanager.baseUrl()).append(") ====\n")
                    .append(alertmanager.logTail(60)).append('\n');
        }
        return out.toString();
    }

    @Override
    public void close() {
        started.closeAll("live stack", directory);
    }
}
