package dev.obsgen.core.check.log;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.log.LogEvent;
import dev.obsgen.model.log.LogField;
import dev.obsgen.model.log.LogRecordSchema;
import java.util.Optional;

/**
 * A log event is searched by its fields, so each must be a field of the record schema (which the index template
 * maps) with a type the record's field holds without loss; a search on a field the index does not have finds
 * nothing and says nothing.
 */
@CheckDefinition(
        id = "log/event-fields",
        severity = FindingSeverity.ERROR,
        summary = "Every log event field is a field of the log record with a compatible type.",
        example = "LogEvent.named(\"Step complete\", INFO, \"Step completed\").withField(\"duration\", FLOAT) with no"
                + " duration field in the record",
        fix = "Use the record field the event writes (context.duration_seconds), or add the field to the record"
                + " schema with one type.")
public final class LogEventFields implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        if (model.logs() == null) {
            return;
        }
        LogRecordSchema record = model.logs().record();
        for (LogEvent event : model.logs().events()) {
            String element = "log event '" + event.name() + "'";
            for (LogField field : event.fields()) {
                Optional<LogField> declared = record.field(field.path());
                if (declared.isEmpty()) {
                    findings.report(element, "field '" + field.path() + "' is not a field of the log record; add it to"
                            + " the record schema or use one of its fields");
                } else if (!field.type().fitsInto(declared.get().type())) {
                    findings.report(element, "field '" + field.path() + "' is " + field.type().mapping()
                            + ", but the log record declares it " + declared.get().type().mapping());
                }
            }
        }
    }
}
