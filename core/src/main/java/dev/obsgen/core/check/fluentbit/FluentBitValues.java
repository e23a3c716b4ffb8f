package dev.obsgen.core.check.fluentbit;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CollectionParts;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.core.render.fluentbit.FluentBitClassicWriter;
import dev.obsgen.core.render.fluentbit.FluentBitConfig;
import dev.obsgen.core.render.fluentbit.FluentBitConfigs;
import dev.obsgen.core.render.fluentbit.FluentBitEntry;
import dev.obsgen.core.render.fluentbit.FluentBitSection;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.FluentBitAgent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fluent Bit's classic format has no quoting, so a model value with a line break, surrounding blanks or nothing in
 * it cannot be written there; the model is refused before rendering, naming the setting, instead of the writer
 * failing half way.
 */
@CheckDefinition(
        id = "fluentbit/classic-value",
        severity = FindingSeverity.ERROR,
        summary = "Every Fluent Bit setting is one non-empty line without surrounding blanks.",
        example = "FluentBitAgent.named(\"fluent-bit\").adds(\"production\\n\", \"metaflow\")",
        fix = "Keep every value that reaches the Fluent Bit config on one line, without surrounding blanks.")
public final class FluentBitValues implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        for (FluentBitAgent agent : CollectionParts.agents(model, FluentBitAgent.class)) {
            FluentBitConfig config = FluentBitConfigs.of(model, agent);
            List<FluentBitSection> sections = new ArrayList<>();
            sections.add(config.service());
            sections.addAll(config.inputs());
            sections.addAll(config.filters());
            sections.addAll(config.outputs());
            sections.addAll(config.parsers());
            for (FluentBitSection section : sections) {
                for (FluentBitEntry entry : section.entries()) {
                    Optional<String> problem = FluentBitClassicWriter.problem(entry.value());
                    problem.ifPresent(p -> findings.report("agent '" + agent.name() + "'",
                            "[" + section.kind() + "] " + entry.key() + " " + p));
                }
            }
        }
    }
}
