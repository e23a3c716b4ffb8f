package dev.obsgen.core.gotemplate;

import java.util.List;

/**
 * A PromQL query a template runs with Prometheus' {@code query} function, as a string constant, and the labels the
 * template reads from its result ({@code {{ range query "up" }}{{ .Labels.instance }}{{ end }}},
 * {@code {{ with query "up" }}{{ . | first | label "instance" }}{{ end }}}).
 *
 * @param offset where the query's first character stands in the template
 * @param verbatim whether the constant has no escape, so that an offset into the query plus {@code offset} is the
 *                 offset of that character in the template
 * @param labelsRead the labels read from the query's samples, with their offsets in the template
 */
public record TemplateQuery(String query, int offset, boolean verbatim, List<LabelReference> labelsRead) {
    public TemplateQuery {
        labelsRead = List.copyOf(labelsRead);
    }

    /** The offset in the template of the character at {@code offsetInQuery}, or of the query when escaped. */
    public int templateOffset(int offsetInQuery) {
        return verbatim ? offset + offsetInQuery : offset;
    }
}
