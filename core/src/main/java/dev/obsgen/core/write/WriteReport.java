package dev.obsgen.core.write;

import java.util.List;

/**
 * What a write changed: files written, files already up to date, seeds kept as a person left them, files removed,
 * and warnings (manifest lines ignored, listed files left in place) to print.
 */
public record WriteReport(List<String> written, List<String> unchanged, List<String> keptSeeds, List<String> removed,
                          List<String> warnings) {
    public WriteReport {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        keptSeeds = List.copyOf(keptSeeds);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }

    public String summary() {
        return written.size() + " written, " + unchanged.size() + " unchanged, " + keptSeeds.size()
                + " edited files kept, " + removed.size() + " removed";
    }
}
