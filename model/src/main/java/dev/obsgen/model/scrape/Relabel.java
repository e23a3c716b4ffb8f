package dev.obsgen.model.scrape;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.List;
import java.util.Locale;

/** One relabelling step of a scrape job ({@code relabel_configs}). Unset fields take Prometheus' defaults. */
public record Relabel(Action action, List<String> sourceLabels, @Nullable String separator, @Nullable String regex,
                      @Nullable String targetLabel, @Nullable String replacement) {
    public Relabel {
        sourceLabels = Values.list(sourceLabels);
    }

    /** Keeps only the targets whose source label matches the regex. */
    public static Relabel keep(String sourceLabel, String regex) {
        return new Relabel(Action.KEEP, Values.of(sourceLabel), null, regex, null, null);
    }

    /** Drops the targets whose source label matches the regex. */
    public static Relabel drop(String sourceLabel, String regex) {
        return new Relabel(Action.DROP, Values.of(sourceLabel), null, regex, null, null);
    }

    /** Copies a source label into a target label. */
    public static Relabel copy(String sourceLabel, String targetLabel) {
        return new Relabel(Action.REPLACE, Values.of(sourceLabel), null, null, targetLabel, null);
    }

    public enum Action {
        REPLACE, KEEP, DROP, KEEPEQUAL, DROPEQUAL, HASHMOD, LABELMAP, LABELDROP, LABELKEEP, LOWERCASE, UPPERCASE;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
