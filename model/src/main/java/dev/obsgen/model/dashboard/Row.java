package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.List;

/**
 * A row of the dashboard: a full-width header and the panels under it. A collapsed row holds its panels inside
 * itself until opened; an expanded one shows them below its header.
 */
public record Row(@Nullable Integer id, String title, boolean collapsed, @Nullable GridPos gridPos, List<Panel> panels)
        {
    public Row {
        panels = Values.list(panels);
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    public static final class Builder {
        private final String title;
        private boolean collapsed;
        private Integer id;

        Builder(String title) {
            this.title = title;
        }

        public Builder collapsed(boolean value) {
            this.collapsed = value;
            return this;
        }

        public Builder id(int value) {
            this.id = value;
            return this;
        }

        /** The row without panels; the dashboard builder adds the panels that follow it and places them. */
        public Row build() {
            return new Row(id, title, collapsed, null, List.of());
        }
    }
}
