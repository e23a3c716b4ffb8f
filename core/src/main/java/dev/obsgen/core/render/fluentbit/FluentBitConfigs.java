package dev.obsgen.core.render.fluentbit;

import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.Collection;
import dev.obsgen.model.collection.FluentBitAgent;
import dev.obsgen.model.collection.LogParser;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.collection.Signal;
import dev.obsgen.model.collection.Tls;
import dev.obsgen.model.log.LogSource;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link FluentBitConfig} of a Fluent Bit agent from the model's topology and log sources. */
public final class FluentBitConfigs {
    public static final String PARSERS_FILE = "parsers.conf";

    private FluentBitConfigs() {
    }

    public static FluentBitConfig of(Observability model, FluentBitAgent agent) {
        Collection collection = model.collection();
        String match = agent.tagPrefix() + ".*";
        FluentBitSection service = FluentBitSection.of("SERVICE")
                .entry("Flush", agent.flushSeconds())
                .entry("Log_Level", "info")
                .entry("storage.path", agent.storagePath())
                .entry("storage.sync", "normal")
                .entry("storage.backlog.mem_limit", agent.memoryBufferLimit())
                .build();
        List<FluentBitSection> inputs = new ArrayList<>();
        for (LogSource source : sources(model, agent)) {
            inputs.add(FluentBitSection.of("INPUT")
                    .entry("Name", "tail")
                    .entry("Tag", agent.tagPrefix() + "." + source.name() + ".*")
                    .entry("Path", String.join(",", source.paths()))
                    .entry("Parser", agent.parser().name())
                    .entry("DB", agent.offsetsDatabase(source.name()))
                    .entry("Mem_Buf_Limit", agent.memoryBufferLimit())
                    .entry("Refresh_Interval", agent.refreshIntervalSeconds())
                    .entry("Skip_Long_Lines", "On")
                    .entry("storage.type", "filesystem")
                    .build());
        }
        FluentBitSection modify = FluentBitSection.of("FILTER")
                .entry("Name", "modify")
                .entry("Match", match)
                .entry("Add", "environment " + agent.environment())
                .entry("Add", "service " + agent.service())
                .build();
        List<FluentBitSection> outputs = new ArrayList<>();
        for (SearchStore store : collection.storesFed(agent.name(), Signal.LOGS, SearchStore.class)) {
            outputs.add(output(agent, store, match));
        }
        return new FluentBitConfig(service, inputs, List.of(modify), outputs, List.of(parser(agent.parser())));
    }

    /** The log sources whose service sends logs to this agent. */
    public static List<LogSource> sources(Observability model, FluentBitAgent agent) {
        if (model.logs() == null) {
            return List.of();
        }
        List<String> senders = model.collection().sendersTo(agent.name(), Signal.LOGS);
        return model.logs().sources().stream().filter(s -> senders.contains(s.service())).toList();
    }

    // Suppress_Type_Name On and no Type: a _type field makes Elasticsearch 8 and OpenSearch 2 reject every document.
    private static FluentBitSection output(FluentBitAgent agent, SearchStore store, String match) {
        FluentBitSection.Builder output = FluentBitSection.of("OUTPUT")
                .entry("Name", store.engine().fluentBitOutput())
                .entry("Match", match)
                .entry("Host", variable(store.hostVariable()))
                .entry("Port", variable(store.portVariable()))
                .optional("HTTP_User", store.userVariable() == null ? null : variable(store.userVariable()))
                .optional("HTTP_Passwd", store.passwordVariable() == null ? null : variable(store.passwordVariable()))
                .entry("Index", store.index())
                .entry("Suppress_Type_Name", "On")
                .optional("Write_Operation", store.template().dataStream() ? "create" : null);
        Tls tls = store.tls();
        if (tls != null) {
            output.entry("tls", "On")
                    .entry("tls.verify", tls.verify() ? "On" : "Off")
                    .optional("tls.ca_file", tls.caFile());
        }
        return output.entry("Retry_Limit", agent.retryLimit())
                .entry("storage.total_limit_size", agent.backlogLimit())
                .build();
    }

    private static FluentBitSection parser(LogParser parser) {
        return FluentBitSection.of("PARSER")
                .entry("Name", parser.name())
                .entry("Format", "json")
                .entry("Time_Key", parser.timeKey())
                .entry("Time_Format", parser.timeFormat())
                .entry("Time_Keep", parser.timeKeep() ? "On" : "Off")
                .build();
    }

    private static String variable(String name) {
        return "${" + name + "}";
    }
}
