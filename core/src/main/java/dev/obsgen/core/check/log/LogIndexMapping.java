package dev.obsgen.core.check.log;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CollectionParts;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.core.render.elasticsearch.IndexMapping;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.SearchStore;
import dev.obsgen.model.log.LogField;

/**
 * Every field of the log record, and every field the agents add, has one mapping in each store's index template:
 * Elasticsearch rejects a template in which a name is both a value and an object, and an unmapped field is not
 * searchable.
 */
@CheckDefinition(
        id = "log/index-mapping",
        severity = FindingSeverity.ERROR,
        summary = "Every log record field is mapped, with its type, in the index template.",
        example = "a record field \"context\" of type keyword next to \"context.run_id\", or a record field \"service\""
                + " of type long",
        fix = "Give each path one type, and make a path either a value or an object, never both.")
public final class LogIndexMapping implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        for (SearchStore search : CollectionParts.stores(model, SearchStore.class)) {
            String element = "index template '" + search.template().name() + "' of store '" + search.name() + "'";
            if (model.logs() == null) {
                findings.report(element, "has no log record schema to map; declare the model's logs");
                continue;
            }
            IndexMapping mapping = IndexMapping.of(model, search);
            mapping.conflicts().forEach(conflict -> findings.report(element, conflict));
            for (LogField field : model.logs().record().fields()) {
                if (mapping.type(field.path()).filter(t -> t == field.type()).isEmpty()) {
                    findings.report(element, "does not map record field '" + field.path() + "' as "
                            + field.type().mapping());
                }
            }
        }
    }
}
