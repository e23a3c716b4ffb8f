package dev.obsgen.core.write;

import java.util.List;

/**
 * How the files on disk differ from what the model renders: changed or missing files, each with its diff, and how
 * many files were compared (the manifest among them).
 */
public record DriftReport(List<Difference> differences, int compared) {
    public DriftReport {
        differences = List.copyOf(differences);
    }

    public record Difference(String path, String problem, String diff) {
    }

    public boolean inSync() {
        return differences.isEmpty();
    }

    public String format(String fixCommand) {
        if (inSync()) {
            return "generated files are up to date";
        }
        StringBuilder out = new StringBuilder();
        out.append(differences.size()).append(" generated file(s) differ from what the model renders:\n");
        for (Difference difference : differences) {
            out.append("  ").append(difference.path()).append(": ").append(difference.problem()).append('\n');
        }
        for (Difference difference : differences) {
            if (!difference.diff().isEmpty()) {
                out.append('\n').append(difference.diff());
            }
        }
        out.append("\nRegenerate and commit the result: ").append(fixCommand).append('\n');
        return out.toString();
    }
}
