package dev.obsgen.core.check.log;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CollectionParts;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.IndexTemplate;
import dev.obsgen.model.collection.SearchStore;
import java.util.Locale;

/**
 * The index Fluent Bit writes to is one the store's template applies to; otherwise documents get dynamic mappings
 * (and a data stream write fails outright). Templates must also stay clear of the built-in {@code logs-*-*} family
 * unless their priority beats it.
 */
@CheckDefinition(
        id = "log/index-pattern",
        severity = FindingSeverity.ERROR,
        summary = "The index Fluent Bit writes to matches its template's pattern, which avoids the built-in templates.",
        example = ".index(\"metaflow-logs\") with IndexTemplate.dataStream(\"metaflow-logs\", \"metaflow-logs-*\","
                + " 200), or the pattern \"logs-metaflow-*\"",
        fix = "Write to an index the pattern matches (metaflow-logs-production), and keep the pattern outside"
                + " logs-*-* or raise the priority above 500.")
public final class LogIndexPattern implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        for (SearchStore store : CollectionParts.stores(model, SearchStore.class)) {
            IndexTemplate template = store.template();
            String element = "store '" + store.name() + "'";
            if (store.index().contains("*") || !store.index().equals(store.index().toLowerCase(Locale.ROOT))) {
                findings.report(element, "writes to index '" + store.index() + "'; an index name is lower case and has no *");
            } else if (template.patterns().stream().noneMatch(p -> IndexPatterns.matches(p, store.index()))) {
                findings.report(element, "writes to index '" + store.index() + "', which no pattern of index template '"
                        + template.name() + "' (" + String.join(", ", template.patterns()) + ") matches");
            }
            for (String pattern : template.patterns()) {
                for (String builtIn : IndexPatterns.BUILT_IN) {
                    if (IndexPatterns.overlap(pattern, builtIn) && template.priority() <= IndexPatterns.BUILT_IN_OVERRIDE_PRIORITY) {
                        findings.report(element, "index template '" + template.name() + "' pattern '" + pattern
                                + "' overlaps the built-in '" + builtIn + "' template; choose a pattern outside it or a"
                                + " priority above " + IndexPatterns.BUILT_IN_OVERRIDE_PRIORITY);
                    }
                }
            }
        }
    }
}
