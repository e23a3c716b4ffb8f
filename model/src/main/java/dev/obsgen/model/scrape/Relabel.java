package dev.obsgen.model.scrape;

import dev.obsgen.model.Values;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One relabelling step of a scrape job ({@code relabel_configs}). Unset fields take Prometheus' defaults. */
public record Relabel(Action action, List<String> sourceLabels, String separator, String regex, String targetLabel,
                      String replacement) {
    public Relabel {
        Objects.requireNonNull(action, "relabel action");
        sourceLabels = Values.list(sourceLabels);
    }

    /** Keeps only the targets whose source label matches the regex. */
    public static Relabel keep(String sourceLabel, String regex) {
        return new Relabel(Action.KEEP, List.of(sourceLabel), null, regex, null, null);
    }

    /** Drops the targets whose source label matches the regex. */
    public static Relabel drop(String sourceLabel, String regex) {
        return new Relabel(Action.DROP, List.of(sourceLabel), null, regex, null, null);
    }

    /** Copies a source label into a target label. */
    public static Relabel copy(String sourceLabel, String targetLabel) {
        return new Relabel(Action.REPLACE, List.of(sourceLabel), null, null, targetLabel, null);
    }

    public enum Action {
        REPLACE, KEEP, DROP, KEEPEQUAL, DROPEQUAL, HASHMOD, LABELMAP, LABELDROP, LABELKEEP, LOWERCASE, UPPERCASE;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
