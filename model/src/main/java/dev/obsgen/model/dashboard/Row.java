package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.List;

/**
 * A row of the dashboard: a full-width header and the panels under it. A collapsed row holds its panels inside
 * itself until opened; an expanded one shows them below its header.
 */
public record Row(@Nullable Integer id, String title, boolean collapsed, @Nullable GridPos gridPos, List<Panel> panels,
                  RawFields raw) {
    public Row {
        panels = Values.list(panels);
        raw = raw == null ? RawFields.none() : raw;
    }

    /** A row without raw fields. */
    public Row(Integer id, String title, boolean collapsed, GridPos gridPos, List<Panel> panels) {
        this(id, title, collapsed, gridPos, panels, RawFields.none());
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    public static final class Builder {
        private final String title;
        private boolean collapsed;
        private Integer id;
        private GridPos gridPos;
        private RawFields raw = RawFields.none();

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

        /**
         * A declared header position instead of one below everything placed so far. The panels of a collapsed
         * row with a declared header keep their own positions, as Grafana stores them, apart from the grid.
         */
        public Builder gridPos(GridPos position) {
            this.gridPos = position;
            return this;
        }

        /** A Grafana JSON field of the row the typed model does not have; see {@link RawFields}. */
        public Builder rawField(String path, Object value) {
            this.raw = raw.with(path, value);
            return this;
        }

        /** The row without panels; the dashboard builder adds the panels that follow it and places them. */
        public Row build() {
            return new Row(id, title, collapsed, gridPos, List.of(), raw);
        }
    }
}
