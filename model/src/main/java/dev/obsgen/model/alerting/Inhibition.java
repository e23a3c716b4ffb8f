package dev.obsgen.model.alerting;

import dev.obsgen.model.Values;
import java.util.List;

/** While an alert matching {@code source} fires, alerts matching {@code target} with equal {@code equal} labels are muted. */
public record Inhibition(List<Matcher> source, List<Matcher> target, List<String> equal) {
    public Inhibition {
        source = Values.list(source);
        target = Values.list(target);
        equal = Values.list(equal);
    }
}
