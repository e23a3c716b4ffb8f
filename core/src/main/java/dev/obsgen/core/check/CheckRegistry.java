package dev.obsgen.core.check;

import dev.obsgen.core.check.model.AlertAnnotations;
import dev.obsgen.core.check.model.AlertNameStyle;
import dev.obsgen.core.check.model.AlertScenarios;
import dev.obsgen.core.check.model.AlertSeverity;
import dev.obsgen.core.check.model.CounterSuffix;
import dev.obsgen.core.check.model.Durations;
import dev.obsgen.core.check.model.InlineSecret;
import dev.obsgen.core.check.model.MetricNames;
import dev.obsgen.core.check.model.MetricScrapeJob;
import dev.obsgen.core.check.model.RecordingExamples;
import dev.obsgen.core.check.model.RecordingName;
import dev.obsgen.core.check.model.Routing;
import dev.obsgen.core.check.model.UniqueNames;
import dev.obsgen.core.check.model.UnitSuffix;
import dev.obsgen.model.Observability;
import java.util.ArrayList;
import java.util.List;

/** Every check obsgen runs, in one explicit list; the check documentation is generated from it. */
public final class CheckRegistry {
    private final List<ModelCheck> checks;

    private CheckRegistry(List<ModelCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public static CheckRegistry standard() {
        return new CheckRegistry(List.of(
                new UniqueNames(),
                new MetricNames(),
                new CounterSuffix(),
                new UnitSuffix(),
                new MetricScrapeJob(),
                new AlertNameStyle(),
                new AlertSeverity(),
                new AlertAnnotations(),
                new AlertScenarios(),
                new RecordingExamples(),
                new RecordingName(),
                new Durations(),
                new Routing(),
                new InlineSecret()));
    }

    public List<ModelCheck> checks() {
        return checks;
    }

    /** Runs every check; a check that throws is a bug in the check and is reported as such, naming it. */
    public List<Finding> run(Observability model) {
        List<Finding> all = new ArrayList<>();
        for (ModelCheck check : checks) {
            FindingSink sink = new FindingSink();
            sink.begin(check);
            try {
                check.check(model, sink);
            } catch (RuntimeException e) {
                throw new IllegalStateException("check " + check.id() + " failed on this model: " + e, e);
            }
            all.addAll(sink.findings());
        }
        return all;
    }
}
