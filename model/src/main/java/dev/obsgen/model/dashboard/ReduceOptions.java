package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.List;

/**
 * How a single-value panel reduces a series to one number ({@code calcs}, such as {@code lastNotNull}), or shows
 * every row when {@code values} is true.
 */
public record ReduceOptions(List<String> calcs, boolean values, @Nullable Integer limit, String fields) {
    public ReduceOptions {
        calcs = Values.list(calcs);
        if (calcs.isEmpty()) {
            throw new IllegalArgumentException("a reduction needs at least one calculation, such as lastNotNull");
        }
        fields = fields == null ? "" : fields;
    }

    public static ReduceOptions lastNotNull() {
        return new ReduceOptions(List.of("lastNotNull"), false, null, "");
    }
}
