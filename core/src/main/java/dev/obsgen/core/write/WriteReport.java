package dev.obsgen.core.write;

import java.util.List;

/**
 * What a write changed: files written, files already up to date (a seed such as a runbook stub that nobody edited
 * among them), seeds a person edited and that are kept as they left them, files removed, and warnings (manifest
 * lines ignored, listed files left in place) to print.
 */
public record WriteReport(List<String> written, List<String> unchanged, List<String> editedKept, List<String> removed,
                          List<String> warnings) {
    public WriteReport {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        editedKept = List.copyOf(editedKept);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }

    public String summary() {
        return written.size() + " written, " + unchanged.size() + " unchanged, " + editedKept.size()
                + " edited files kept, " + removed.size() + " removed";
    }
}
