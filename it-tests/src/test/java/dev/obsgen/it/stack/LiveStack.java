package dev.obsgen.it.stack;

import dev.obsgen.model.Observability;
import dev.obsgen.model.scrape.ScrapeJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A running stack for one model: the synthetic exporter, the capture servers, and Prometheus and Alertmanager
 * started on the {@link LocalStackProfile} of the model, all on 127.0.0.1, all under one temporary directory that
 * {@link #close()} deletes after stopping everything it started. With teams declared on the model, the stack runs
 * the tree compose writes for the platform and the teams, and each team's receivers notify PagerDuty and Slack
 * captures of the team's own, so a test sees whose receivers an alert reached. The exporter serves the platform's
 * metrics; the mail server is shared (a mail names its recipients).
 */
public final class LiveStack implements AutoCloseable {
    private final Observability production;
    private final List<Observability> teams;
    private final Path directory;
    private final ShutdownOrder started = new ShutdownOrder();
    private SyntheticExporter exporter;
    private PagerDutyCapture pagerDuty;
    private SlackCapture slack;
    private EmailCapture email;
    private Observability profile;
    private final Map<String, PagerDutyCapture> teamPagerDuty = new LinkedHashMap<>();
    private final Map<String, SlackCapture> teamSlack = new LinkedHashMap<>();
    private List<Observability> teamProfiles = List.of();
    private AlertmanagerProcess alertmanager;
    private PrometheusProcess prometheus;
    private Instant prometheusStart;

    private LiveStack(Observability production, List<Observability> teams, Path directory) {
        this.production = production;
        this.teams = List.copyOf(teams);
        this.directory = directory;
    }

    /** Starts everything; if any piece fails to start, stops what did and deletes the directory. */
    public static LiveStack start(Observability production, Path prometheusBinary, Path alertmanagerBinary, Path directory) {
        return start(production, List.of(), prometheusBinary, alertmanagerBinary, directory);
    }

    /**
     * Starts the stack of a platform composed with teams declared on it (none: the platform alone); if any piece
     * fails to start, stops what did and deletes the directory.
     */
    public static LiveStack start(Observability production, List<Observability> teams, Path prometheusBinary,
                                  Path alertmanagerBinary, Path directory) {
        for (Observability team : teams) {
            if (!team.isTeam() || !team.team().platform().equals(production)) {
                throw new IllegalArgumentException("'" + team.name() + "' is not a team declared on platform '"
                        + production.name() + "'");
            }
        }
        LiveStack stack = new LiveStack(production, teams, directory);
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
        List<Observability> localTeams = new ArrayList<>();
        for (Observability team : teams) {
            localTeams.add(LocalStackProfile.ofTeam(team, profile, teamEndpoints(team.name(), secrets)));
        }
        teamProfiles = List.copyOf(localTeams);
        StackFiles.compose(profile, teamProfiles, config);
        started.push(alertmanager::stop);
        alertmanager.start();
        started.push(() -> {
            if (prometheus != null) {
                prometheus.stop();
            }
        });
        prometheusStart = Instant.now();
        prometheus = PrometheusProcess.start(prometheusBinary, config.resolve(StackFiles.PROMETHEUS_CONFIG),
                directory.resolve("prometheus-data"), logs.resolve("prometheus.log"));
    }

    /** The team's own PagerDuty and Slack captures, with its routing key and webhook URL in files of its own. */
    private LocalEndpoints teamEndpoints(String team, Path secrets) throws IOException {
        PagerDutyCapture pager = remember(new PagerDutyCapture("PagerDuty of team '" + team + "'"));
        SlackCapture posts = remember(new SlackCapture("Slack of team '" + team + "'"));
        teamPagerDuty.put(team, pager);
        teamSlack.put(team, posts);
        Path own = Files.createDirectories(secrets.resolve("teams").resolve(team));
        Path routingKey = Files.writeString(own.resolve("pagerduty-routing-key"), routingKey(team) + "\n",
                StandardCharsets.UTF_8);
        Path slackUrl = Files.writeString(own.resolve("slack-api-url"), posts.url() + "\n", StandardCharsets.UTF_8);
        return new LocalEndpoints(Map.of(), alertmanager.address(), pager.url(), routingKey, slackUrl, email.smarthost());
    }

    /** The PagerDuty routing key the team's receivers send with. */
    public static String routingKey(String team) {
        return "local-stack-routing-key-" + team;
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

    /** The teams' models after {@link LocalStackProfile#ofTeam}, composed with {@link #profile()}. */
    public List<Observability> teamProfiles() {
        return teamProfiles;
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

    /** When Prometheus was started: nothing it stores is older, so a range query from here covers all it scraped. */
    public Instant prometheusStart() {
        return prometheusStart;
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

    /** The capture the team's PagerDuty integrations notify. */
    public PagerDutyCapture pagerDuty(String team) {
        return teamCapture(teamPagerDuty, team);
    }

    /** The capture the team's Slack integrations post to. */
    public SlackCapture slack(String team) {
        return teamCapture(teamSlack, team);
    }

    private static <T> T teamCapture(Map<String, T> captures, String team) {
        T capture = captures.get(team);
        if (capture == null) {
            throw new IllegalArgumentException("no team '" + team + "' in this stack; its teams are " + captures.keySet());
        }
        return capture;
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
