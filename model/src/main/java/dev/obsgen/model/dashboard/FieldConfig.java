package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.List;

/**
 * The standard field options of a panel's values ({@code fieldConfig.defaults}): unit, decimals, min and max,
 * the text for no value, thresholds, colour mode, value mappings and links. Null means Grafana's default.
 */
public record FieldConfig(@Nullable GrafanaUnit unit, @Nullable Integer decimals, @Nullable Double min,
                          @Nullable Double max, @Nullable String noValue, @Nullable Thresholds thresholds,
                          @Nullable ColorMode color, List<ValueMapping> mappings, List<DataLink> links) {
    public enum ColorMode {
        THRESHOLDS("thresholds"), PALETTE_CLASSIC("palette-classic"), CONTINUOUS_GREEN_YELLOW_RED("continuous-GrYlRd"),
        CONTINUOUS_BLUES("continuous-blues"), FIXED("fixed");

        private final String id;

        ColorMode(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public FieldConfig {
        mappings = Values.list(mappings);
        links = Values.list(links);
    }

    public FieldConfig withUnit(GrafanaUnit value) {
        return new FieldConfig(value, decimals, min, max, noValue, thresholds, color, mappings, links);
    }
}
