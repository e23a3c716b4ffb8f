package dev.obsgen.core.render.cloudwatch;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.elasticsearch.JsonText;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.CloudWatchAgent;
import dev.obsgen.model.collection.CloudWatchLogsStore;
import dev.obsgen.model.collection.Signal;
import dev.obsgen.model.log.LogSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cloudwatch/amazon-cloudwatch-agent.json}: the CloudWatch agent on the Batch workers ships each log file of
 * the sources linked to it to the log group of the CloudWatch Logs store it links to.
 */
public final class CloudWatchAgentRenderer implements Renderer {
    public static final String PATH = "cloudwatch/amazon-cloudwatch-agent.json";

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        if (model.collection() == null) {
            return List.of();
        }
        List<GeneratedFile> files = new ArrayList<>();
        for (CloudWatchAgent agent : model.collection().agents(CloudWatchAgent.class)) {
            files.add(GeneratedFile.text(PATH, JsonText.write(document(model, agent))));
        }
        return files;
    }

    /** The log sources whose service sends logs to this agent. */
    public static List<LogSource> sources(Observability model, CloudWatchAgent agent) {
        if (model.logs() == null) {
            return List.of();
        }
        List<String> senders = model.collection().sendersTo(agent.name(), Signal.LOGS);
        return model.logs().sources().stream().filter(s -> senders.contains(s.service())).toList();
    }

    static Map<String, Object> document(Observability model, CloudWatchAgent agent) {
        List<Map<String, Object>> collect = new ArrayList<>();
        for (CloudWatchLogsStore store : model.collection().storesFed(agent.name(), Signal.LOGS, CloudWatchLogsStore.class)) {
            for (LogSource source : sources(model, agent)) {
                for (String path : source.paths()) {
                    Map<String, Object> file = new LinkedHashMap<>();
                    file.put("file_path", path);
                    file.put("log_group_name", store.logGroup());
                    file.put("log_stream_name", store.logStream());
                    file.put("timestamp_format", agent.timestampFormat());
                    file.put("timezone", agent.timezone());
                    file.put("retention_in_days", store.retentionDays());
                    collect.add(file);
                }
            }
        }
        Map<String, Object> logs = new LinkedHashMap<>();
        logs.put("logs_collected", Map.of("files", Map.of("collect_list", collect)));
        logs.put("force_flush_interval", agent.forceFlushSeconds());
        Map<String, Object> agentSection = new LinkedHashMap<>();
        agentSection.put("region", agent.region());
        agentSection.put("logfile", "/opt/aws/amazon-cloudwatch-agent/logs/amazon-cloudwatch-agent.log");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("agent", agentSection);
        document.put("logs", logs);
        return document;
    }
}
