package dev.obsgen.core.check.log;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CollectionParts;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.CloudWatchAgent;
import dev.obsgen.model.collection.FluentBitAgent;
import dev.obsgen.model.collection.LogParser;
import dev.obsgen.model.log.LogRecordSchema;
import java.time.format.DateTimeParseException;

/**
 * Every agent that reads the record's time reads it from the timestamp field with a format that parses the
 * record's example timestamp. A format that does not fit makes Fluent Bit stamp each record with its arrival time
 * and the CloudWatch agent with the time it read the line, silently.
 */
@CheckDefinition(
        id = "log/time-format",
        severity = FindingSeverity.ERROR,
        summary = "Agent time formats parse the log record's timestamp, read from the timestamp field.",
        example = "LogParser.json(\"metaflow_json\", \"timestamp\", \"%Y-%m-%dT%H:%M:%SZ\") for 2026-01-24T10:30:00.123Z",
        fix = "Match the record's timestamp: %Y-%m-%dT%H:%M:%S.%LZ for Fluent Bit, %Y-%m-%dT%H:%M:%S.%fZ for the"
                + " CloudWatch agent, read from the timestamp field.")
public final class LogTimeFormat implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        for (FluentBitAgent agent : CollectionParts.agents(model, FluentBitAgent.class)) {
            String element = "parser '" + agent.parser().name() + "' of agent '" + agent.name() + "'";
            if (model.logs() == null) {
                findings.report(element, "has no log record to read; declare the model's logs");
                continue;
            }
            LogRecordSchema record = model.logs().record();
            LogParser parser = agent.parser();
            if (!parser.timeKey().equals(record.timestampField())) {
                findings.report(element, "reads the time from '" + parser.timeKey() + "', but the log record's timestamp"
                        + " is '" + record.timestampField() + "'");
            }
            tryFormat(element, parser.timeFormat(), StrptimeFormat.Dialect.FLUENT_BIT, record, findings);
            if (!parser.timeKeep()) {
                findings.report(FindingSeverity.WARNING, element, "removes '" + parser.timeKey() + "' from the record"
                        + " (Time_Keep Off), so the index template's mapping of it stays empty");
            }
        }
        for (CloudWatchAgent agent : CollectionParts.agents(model, CloudWatchAgent.class)) {
            String element = "agent '" + agent.name() + "'";
            if (model.logs() != null) {
                tryFormat(element, agent.timestampFormat(), StrptimeFormat.Dialect.CLOUDWATCH, model.logs().record(), findings);
            }
        }
    }

    private static void tryFormat(String element, String format, StrptimeFormat.Dialect dialect, LogRecordSchema record,
                                  FindingSink findings) {
        try {
            StrptimeFormat.of(format, dialect).parse(record.timestampExample());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            findings.report(element, "time format '" + format + "' does not read the record's timestamp '"
                    + record.timestampExample() + "': " + e.getMessage());
        }
    }
}
