package dev.obsgen.core;

import dev.obsgen.core.check.Finding;
import java.util.List;
import java.util.stream.Collectors;

/** The model has errors: nothing was rendered or written. The message lists every finding. */
public final class ModelRejectedException extends RuntimeException {
    private final List<Finding> findings;

    public ModelRejectedException(List<Finding> findings) {
        super(message(findings));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    private static String message(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        return "the model has " + errors + " error(s); nothing was written:\n"
                + findings.stream().map(Finding::format).collect(Collectors.joining("\n"));
    }
}
