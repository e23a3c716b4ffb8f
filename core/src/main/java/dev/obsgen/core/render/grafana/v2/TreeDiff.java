package dev.obsgen.core.render.grafana.v2;

import dev.obsgen.model.Nullable;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Where two JSON trees differ, as paths such as {@code panels[2].gridPos.y}. */
final class TreeDiff {
    private TreeDiff() {
    }

    static void paths(String path, Object left, Object right, List<String> out) {
        if (left instanceof Map<?, ?> a && right instanceof Map<?, ?> b) {
            TreeSet<String> keys = new TreeSet<>();
            a.keySet().forEach(k -> keys.add(String.valueOf(k)));
            b.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String key : keys) {
                String child = path.isEmpty() ? key : path + "." + key;
                if (a.containsKey(key) != b.containsKey(key)) {
                    out.add(child);
                } else {
                    paths(child, a.get(key), b.get(key), out);
                }
            }
        } else if (left instanceof List<?> a && right instanceof List<?> b) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                if (i >= a.size() || i >= b.size()) {
                    out.add(path + "[" + i + "]");
                } else {
                    paths(path + "[" + i + "]", a.get(i), b.get(i), out);
                }
            }
        } else if (!same(left, right)) {
            out.add(path);
        }
    }

    private static boolean same(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return a.toString().equals(b.toString()) || (isWhole(a) && isWhole(b) && a.longValue() == b.longValue());
        }
        return left == null ? right == null : left.equals(right);
    }

    private static boolean isWhole(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }

    record Owner(String title, @Nullable Integer id, String field) {
    }

    /** The panel or row a path of the classic tree lies in, or null for a field of the dashboard ({@code panels[i]} or {@code panels[i].panels[j]}). */
    static Owner owner(Map<String, Object> classic, String path) {
        if (!path.startsWith("panels[")) {
            return null;
        }
        Object node = classic;
        String rest = path;
        Object owner = null;
        String field = path;
        while (rest.startsWith("panels[") && node instanceof Map<?, ?> map && map.get("panels") instanceof List<?> list) {
            int close = rest.indexOf(']');
            int index = Integer.parseInt(rest.substring("panels[".length(), close));
            if (index >= list.size()) {
                break;
            }
            owner = list.get(index);
            node = owner;
            rest = rest.substring(close + 1);
            rest = rest.startsWith(".") ? rest.substring(1) : rest;
            field = rest;
        }
        if (!(owner instanceof Map<?, ?> panel)) {
            return null;
        }
        Object id = panel.get("id");
        return new Owner(String.valueOf(panel.get("title")), id instanceof Number n ? n.intValue() : null,
                field.isEmpty() ? "panels" : field);
    }
}
