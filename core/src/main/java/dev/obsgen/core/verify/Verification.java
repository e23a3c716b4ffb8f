package dev.obsgen.core.verify;

import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.team.Composition;
import dev.obsgen.model.Observability;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a model with a running Prometheus: reads what the server scrapes, holds and evaluates, then runs every
 * {@link VerifyCheck}. The CLI ({@code obsgen verify}) and the Maven goal ({@code obsgen:verify}) call this.
 *
 * <pre>{@code
 * VerifyReport report = Verification.run(model, ServerAccess.of("http://prometheus:9090"));
 * System.out.print(report.text());
 * }</pre>
 */
public final class Verification {
    private Verification() {
    }

    /**
     * Checks the model as generation does (a model with errors is not what the server should run), then compares.
     *
     * @throws ModelRejectedException when the model has errors
     * @throws VerifyException when the server cannot be read: not reachable, too slow, too large an answer, or not
     *         the Prometheus HTTP API
     */
    public static VerifyReport run(Observability model, ServerAccess access) {
        return run(model, access, Clock.systemUTC());
    }

    static VerifyReport run(Observability model, ServerAccess access, Clock clock) {
        CheckRegistry registry = CheckRegistry.standard();
        List<Finding> modelFindings = model.isTeam() ? registry.run(Composition.ofTeam(model), false)
                : registry.run(model);
        if (modelFindings.stream().anyMatch(Finding::isError)) {
            throw new ModelRejectedException(modelFindings);
        }
        VerifiedModel verified = new VerifiedModel(model);
        ServerSnapshot server = new PrometheusReader(new PrometheusClient(access), access.maxSeries(), clock)
                .read(verified);
        VerifyContext context = new VerifyContext(verified, server);
        List<VerifyFinding> findings = new ArrayList<>();
        for (VerifyCheck check : VerifyChecks.all()) {
            VerifySink sink = new VerifySink(check);
            check.verify(context, sink);
            findings.addAll(sink.findings());
        }
        int metrics = (int) verified.checkedMetrics().stream()
                .filter(m -> server.scrapes(m.job())).count();
        int jobs = (int) verified.jobs().stream().filter(j -> server.scrapes(j.name())).count();
        int rules = verified.ruleGroups().stream().mapToInt(g -> g.rules().size()).sum();
        return new VerifyReport(metrics, jobs, rules, findings);
    }
}
