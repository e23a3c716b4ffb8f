package dev.obsgen.model.log;

import dev.obsgen.model.Values;
import java.util.List;

/**
 * Log files one service writes: the service names a source of the collection topology, the paths are globs on
 * the host where the collecting agent runs.
 */
public record LogSource(String name, String service, List<String> paths) {
    public LogSource {
        paths = Values.list(paths);
    }

    public static LogSource of(String name, String service, String... paths) {
        return new LogSource(name, service, Values.of(paths));
    }
}
