package dev.obsgen.core.render.grafana.v2;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The enumerations v2 spells out where classic JSON writes numbers, and the kind/spec wrapper every v2 node has. */
final class V2Kinds {
    /** Classic {@code hide} 0 to 3; 3 shows the variable under the controls menu. */
    static final List<String> HIDE = List.of("dontHide", "hideLabel", "hideVariable", "inControlsMenu");
    static final List<String> REFRESH = List.of("never", "onDashboardLoad", "onTimeRangeChanged");
    static final List<String> SORT = List.of("disabled", "alphabeticalAsc", "alphabeticalDesc", "numericalAsc",
            "numericalDesc", "alphabeticalCaseInsensitiveAsc", "alphabeticalCaseInsensitiveDesc", "naturalAsc",
            "naturalDesc");
    static final List<String> CURSOR_SYNC = List.of("Off", "Crosshair", "Tooltip");
    /** Grafana's refresh picker choices when a dashboard names none. */
    static final List<String> AUTO_REFRESH_INTERVALS = List.of("5s", "10s", "30s", "1m", "5m", "15m", "30m", "1h",
            "2h", "1d");
    /** The version of the query schema every data source query is written in until plugins publish their own. */
    static final String QUERY_VERSION = "v0";
    /** The fields of a {@code DataQuery} the reader maps; {@code labels} has no classic form. */
    static final java.util.Set<String> DATA_QUERY = java.util.Set.of("kind", "group", "version", "datasource", "spec");
    /** A query variable's query given as text, as Grafana's own converter wraps it. */
    static final String LEGACY_STRING_VALUE = "__legacyStringValue";

    private V2Kinds() {
    }

    /**
     * The classic number of a v2 enumeration value: its place in {@code names}, the first when the field is absent.
     *
     * @param what the object and field, such as {@code variable 'path' sort}
     * @throws IllegalArgumentException naming the field and the value when {@code names} does not have it
     */
    static int code(String uid, String what, Object value, List<String> names) {
        if (value == null) {
            return 0;
        }
        int code = names.indexOf(String.valueOf(value));
        if (code < 0 || !(value instanceof String)) {
            throw new IllegalArgumentException("dashboard '" + uid + "': " + what + " is '" + value
                    + "', which is none of " + String.join(", ", names));
        }
        return code;
    }

    static Map<String, Object> kind(String kind, Map<String, Object> spec) {
        Map<String, Object> out = new TreeMap<>();
        out.put("kind", kind);
        out.put("spec", spec);
        return out;
    }

    /** A {@code DataQuery} of the data source {@code {type, uid}}. */
    static Map<String, Object> dataQuery(Map<String, Object> datasource, Map<String, Object> spec) {
        Map<String, Object> out = kind("DataQuery", spec);
        out.put("group", datasource.get("type"));
        out.put("version", QUERY_VERSION);
        Map<String, Object> name = new TreeMap<>();
        name.put("name", datasource.get("uid"));
        out.put("datasource", name);
        return out;
    }

    /** The classic {@code {type, uid}} of a {@code DataQuery}. */
    static Map<String, Object> datasource(Map<String, Object> dataQuery) {
        Map<String, Object> out = new TreeMap<>();
        out.put("type", dataQuery.get("group"));
        out.put("uid", ClassicObject.map(dataQuery.get("datasource")).get("name"));
        return out;
    }

    /** Whether a classic data source reference is exactly {@code {type, uid}}, both text. */
    static boolean plainDatasource(Object value) {
        return value instanceof Map<?, ?> map && map.size() == 2 && map.get("type") instanceof String
                && map.get("uid") instanceof String;
    }
}
