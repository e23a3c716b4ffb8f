package dev.obsgen.core.importer;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.model.Observability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Runs the checks on the imported dashboards, as written, and turns every finding on a dashboard or one of its panels
 * into a suppression on the dashboard, {@code imported: <panel>: <message>}, so the model generates and each problem
 * stays listed where it is. The dashboards' code comes from their reader as text, so the written class is compiled
 * and defined to check it.
 */
final class DashboardFindings {
    private static final String OF_DASHBOARD = " of dashboard '";

    /** The model with the dashboards' suppressions, and how many there are. */
    record Result(ImportedModel model, int suppressions) {
    }

    private DashboardFindings() {
    }

    /**
     * @param sourceOf writes the class of a model, given the package and the simple name
     */
    static Result suppress(String className, ImportedModel model, CheckRegistry checks, ImportNotes notes,
                           BiFunction<String, ImportedModel, String> sourceOf) {
        if (model.dashboards().isEmpty()) {
            return new Result(model, 0);
        }
        SourceCompiler.Compiled compiled = SourceCompiler.define(className, sourceOf.apply(className, model));
        if (compiled.model().isEmpty()) {
            notes.add("(model)", "dashboards", "not checked, so their findings are not suppressed: "
                    + compiled.problem());
            return new Result(model, 0);
        }
        Observability defined = compiled.model().get();
        Map<String, Map<String, String>> byUid = new TreeMap<>();
        for (Finding finding : checks.run(defined)) {
            if (finding.severity() == FindingSeverity.NOTE) {
                continue;
            }
            Optional<String> uid = dashboardOf(finding.element());
            if (uid.isEmpty() || model.dashboards().stream().noneMatch(d -> d.uid().equals(uid.get()))) {
                continue;
            }
            String where = finding.element().equals("dashboard '" + uid.get() + "'") ? ""
                    : finding.element().substring(0, finding.element().lastIndexOf(OF_DASHBOARD)) + ": ";
            byUid.computeIfAbsent(uid.get(), u -> new TreeMap<>()).merge(finding.checkId(),
                    "imported: " + where + finding.locatedMessage(), (a, b) -> a + "; " + b.substring("imported: ".length()));
        }
        List<ImportedDashboard> dashboards = new ArrayList<>();
        int count = 0;
        for (ImportedDashboard dashboard : model.dashboards()) {
            Map<String, String> suppressions = byUid.getOrDefault(dashboard.uid(), Map.of());
            count += suppressions.size();
            suppressions.forEach((id, reason) -> notes.add("dashboard '" + dashboard.uid() + "'", "dashboard",
                    "suppressed " + id + ": " + reason.substring("imported: ".length())));
            dashboards.add(suppressions.isEmpty() ? dashboard : withSuppressions(dashboard, suppressions));
        }
        return new Result(model.withDashboards(dashboards), count);
    }

    /** The uid of the dashboard a finding is about: {@code dashboard 'x'}, or a part of it, {@code ... of dashboard 'x'}. */
    static Optional<String> dashboardOf(String element) {
        if (element == null) {
            return Optional.empty();
        }
        int start = element.startsWith("dashboard '") ? "dashboard '".length()
                : element.lastIndexOf(OF_DASHBOARD) >= 0 ? element.lastIndexOf(OF_DASHBOARD) + OF_DASHBOARD.length() : -1;
        int end = element.indexOf('\'', start);
        return start < 0 || end < 0 ? Optional.empty() : Optional.of(element.substring(start, end));
    }

    /** The method with {@code .suppress(id, reason)} calls before the {@code .build()} that ends its return. */
    static ImportedDashboard withSuppressions(ImportedDashboard dashboard, Map<String, String> suppressions) {
        String body = dashboard.method().body();
        int build = body.lastIndexOf(".build();");
        if (build < 0) {
            throw new IllegalStateException("dashboard '" + dashboard.uid() + "': its method does not end in .build()");
        }
        int lineStart = body.lastIndexOf('\n', build) + 1;
        String before = body.substring(lineStart, build);
        String indent = before.isBlank() ? before : "";
        StringBuilder calls = new StringBuilder();
        suppressions.forEach((id, reason) -> calls.append(".suppress(").append(JavaText.literal(id)).append(", ")
                .append(JavaText.literal(reason)).append(")\n").append(indent));
        String rewritten = body.substring(0, build) + calls + body.substring(build);
        JavaMethod method = dashboard.method();
        return new ImportedDashboard(dashboard.uid(), new JavaMethod(method.name(), method.returnType(), rewritten,
                method.imports()), dashboard.expressions());
    }
}
