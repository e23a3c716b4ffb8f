package dev.obsgen.core.gotemplate;

import java.util.Set;
import java.util.TreeSet;

/**
 * The functions a template may call. Go's parser refuses a name that is in no function map, so this list decides
 * what parses: Go's builtins ({@code text/template/funcs.go}) and the map Prometheus passes in
 * {@code template.NewTemplateExpander} ({@code template/template.go}).
 */
public final class TemplateFunctions {
    /** Go's builtins. */
    public static final Set<String> GO_BUILTINS = Set.of(
            "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println",
            "urlquery", "eq", "ge", "gt", "le", "lt", "ne");

    /** Prometheus' functions, as of Prometheus 3; {@code toDuration} and {@code now} came after 2.42. */
    public static final Set<String> PROMETHEUS = Set.of(
            "query", "first", "label", "value", "strvalue", "args", "reReplaceAll", "safeHtml", "match", "title",
            "toUpper", "toLower", "graphLink", "tableLink", "sortByLabel", "stripPort", "stripDomain", "humanize",
            "humanize1024", "humanizeDuration", "humanizePercentage", "humanizeTimestamp", "toTime", "toDuration",
            "now", "pathPrefix", "externalURL", "parseDuration");

    private static final Set<String> PROMETHEUS_TEMPLATES = union(GO_BUILTINS, PROMETHEUS);

    private TemplateFunctions() {
    }

    /** Everything an alert label or annotation template may call. */
    public static Set<String> prometheus() {
        return PROMETHEUS_TEMPLATES;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new TreeSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }
}
