package dev.obsgen.core.render.grafana.v2;

import java.util.Map;
import java.util.Set;

/**
 * The fields of a v2 object the reader maps to classic JSON. One it does not map is refused, naming it, so that
 * reading a v2 dashboard never drops what the classic JSON has no place for.
 */
final class V2Fields {
    private V2Fields() {
    }

    /**
     * @param what the object, such as {@code panel 'Latency'}
     * @throws IllegalArgumentException naming the first field not in {@code known}
     */
    static void only(String uid, Map<?, ?> object, Set<String> known, String what) {
        for (Object key : new java.util.TreeSet<>(object.keySet().stream().map(String::valueOf).toList())) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("dashboard '" + uid + "': " + what + " has '" + key
                        + "', which obsgen does not read into classic JSON");
            }
        }
    }
}
