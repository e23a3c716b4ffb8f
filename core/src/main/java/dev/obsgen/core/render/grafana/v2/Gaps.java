package dev.obsgen.core.render.grafana.v2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The gaps found while converting one dashboard, each named by the element it belongs to. */
final class Gaps {
    private final String uid;
    private final List<V2Gap> found = new ArrayList<>();

    Gaps(String uid) {
        this.uid = uid;
    }

    String uid() {
        return uid;
    }

    void dashboard(String field, String reason) {
        found.add(new V2Gap(uid, null, null, field, reason));
    }

    void panel(String title, Integer id, String field, String reason) {
        found.add(new V2Gap(uid, title == null ? "" : title, id, field, reason));
    }

    /** Every field of {@code object} left untaken, as a field v2 has no place for. */
    void panelLeftovers(ClassicObject object, String title, Integer id, String prefix) {
        for (Map.Entry<String, Object> field : object.rest().entrySet()) {
            panel(title, id, prefix + field.getKey(), "has no place in v2");
        }
    }

    void dashboardLeftovers(ClassicObject object, String prefix) {
        for (Map.Entry<String, Object> field : object.rest().entrySet()) {
            dashboard(prefix + field.getKey(), "has no place in v2");
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<V2Gap> list() {
        return List.copyOf(found);
    }
}
