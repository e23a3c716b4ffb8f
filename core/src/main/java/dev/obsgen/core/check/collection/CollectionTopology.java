package dev.obsgen.core.check.collection;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.Agent;
import dev.obsgen.model.collection.CloudWatchAgent;
import dev.obsgen.model.collection.CloudWatchLogsStore;
import dev.obsgen.model.collection.Collection;
import dev.obsgen.model.collection.CollectorExporter;
import dev.obsgen.model.collection.FluentBitAgent;
import dev.obsgen.model.collection.JaegerStore;
import dev.obsgen.model.collection.Link;
import dev.obsgen.model.collection.Node;
import dev.obsgen.model.collection.OtelCollector;
import dev.obsgen.model.collection.PrometheusStore;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.collection.Signal;
import dev.obsgen.model.collection.Source;
import dev.obsgen.model.collection.Store;
import dev.obsgen.model.log.LogSource;
import dev.obsgen.model.scrape.ScrapeJob;
import dev.obsgen.model.scrape.StaticDiscovery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The topology is what the agents' configs are derived from, so its links must connect declared nodes in a way the
 * agents can carry out: sources feed agents (or a store directly), each agent delivers what it collects to stores
 * that keep that signal, and the Prometheus that reads the Collector has a scrape job aimed at the Collector's
 * exporter, so {@code prometheus.yml} and the Collector config agree.
 */
@CheckDefinition(
        id = "collection/topology",
        severity = FindingSeverity.ERROR,
        summary = "Links connect declared nodes with signals they carry; the Collector's exporter is scraped.",
        example = "withLink(\"fluent-bit\", LOGS, \"loki\") with no store loki, or a Prometheus store whose scrape job"
                + " is missing",
        fix = "Declare every node a link names, link signals to stores that keep them, and add the scrape job that"
                + " targets the Collector's exporter.")
public final class CollectionTopology implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        Collection collection = model.collection();
        if (collection == null) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (Node node : concat(collection)) {
            if (!names.add(node.name())) {
                findings.report("node '" + node.name() + "'", "is declared twice; node names must be unique");
            }
        }
        for (Class<? extends Agent> kind : List.of(FluentBitAgent.class, OtelCollector.class, CloudWatchAgent.class)) {
            if (collection.agents(kind).size() > 1) {
                findings.report("collection", "has more than one " + kind.getSimpleName()
                        + "; each kind of agent has one config file");
            }
        }
        for (Link link : collection.links()) {
            checkLink(collection, link, findings);
        }
        if (model.logs() != null) {
            for (LogSource source : model.logs().sources()) {
                if (!(collection.node(source.service()).orElse(null) instanceof Source)) {
                    findings.report("log source '" + source.name() + "'", "names service '" + source.service()
                            + "', which is not a source of the collection topology");
                }
            }
        }
        for (OtelCollector collector : collection.agents(OtelCollector.class)) {
            for (CollectorExporter exporter : collector.exporters()) {
                if (exporter instanceof CollectorExporter.Prometheus prometheus) {
                    collection.store(prometheus.store(), PrometheusStore.class)
                            .ifPresent(store -> checkScrape(model, prometheus, store, findings));
                }
            }
        }
    }

    private static void checkLink(Collection collection, Link link, FindingSink findings) {
        String element = "link " + link.from() + " -> " + link.to() + " (" + link.signal().label() + ")";
        Optional<Node> from = collection.node(link.from());
        Optional<Node> to = collection.node(link.to());
        if (from.isEmpty() || to.isEmpty()) {
            findings.report(element, "names '" + (from.isEmpty() ? link.from() : link.to()) + "', which is not declared");
            return;
        }
        if (to.get() instanceof Source || from.get() instanceof Store) {
            findings.report(element, "runs backwards: links go from sources to agents or stores, and from agents to stores");
        } else if (from.get() instanceof Agent && to.get() instanceof Agent) {
            findings.report(element, "joins two agents; obsgen renders agents that deliver to stores");
        } else if (!carries(to.get(), link.signal())) {
            findings.report(element, "sends " + link.signal().label() + " to '" + link.to() + "', which does not take them");
        } else if (from.get() instanceof Agent agent && !carries(agent, link.signal())) {
            findings.report(element, "sends " + link.signal().label() + " from '" + agent.name() + "', which does not collect them");
        }
    }

    private static boolean carries(Node node, Signal signal) {
        if (node instanceof FluentBitAgent || node instanceof SearchStore || node instanceof CloudWatchLogsStore) {
            return signal == Signal.LOGS;
        }
        if (node instanceof CloudWatchAgent) {
            return signal == Signal.LOGS || signal == Signal.METRICS;
        }
        if (node instanceof JaegerStore) {
            return signal == Signal.TRACES;
        }
        if (node instanceof PrometheusStore) {
            return signal == Signal.METRICS;
        }
        return true;
    }

    private static void checkScrape(Observability model, CollectorExporter.Prometheus exporter, PrometheusStore store,
                                    FindingSink findings) {
        String element = "store '" + store.name() + "'";
        Optional<ScrapeJob> job = model.scrapeJob(store.scrapeJob());
        if (job.isEmpty()) {
            findings.report(element, "reads the Collector through scrape job '" + store.scrapeJob()
                    + "', which is not declared; add a job with static target " + store.scrapeTarget());
            return;
        }
        if (!(job.get().discovery() instanceof StaticDiscovery targets) || !targets.targets().contains(store.scrapeTarget())) {
            findings.report(element, "scrape job '" + store.scrapeJob() + "' does not target " + store.scrapeTarget());
        }
        if (!port(store.scrapeTarget()).equals(port(exporter.endpoint()))) {
            findings.report(element, "scrapes " + store.scrapeTarget() + ", but exporter '" + exporter.id()
                    + "' listens on " + exporter.endpoint());
        }
    }

    private static String port(String hostPort) {
        return hostPort.substring(hostPort.lastIndexOf(':') + 1);
    }

    private static List<Node> concat(Collection collection) {
        List<Node> nodes = new ArrayList<>();
        nodes.addAll(collection.sources());
        nodes.addAll(collection.agents());
        nodes.addAll(collection.stores());
        return nodes;
    }
}
