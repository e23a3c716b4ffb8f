package dev.obsgen.model.dashboard;

import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A table of query results; its queries are usually instant queries in table format. */
public record TablePanel(PanelCommon common, Options options) implements Panel {
    public enum CellHeight {
        SM, MD, LG, AUTO;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record SortBy(String displayName, boolean desc) {
    }

    public record Options(boolean showHeader, CellHeight cellHeight, List<SortBy> sortBy) {
        public Options {
            sortBy = Values.list(sortBy);
        }
    }

    @Override
    public String type() {
        return "table";
    }

    @Override
    public TablePanel placed(int id, GridPos position) {
        return new TablePanel(common.placed(id, position), options);
    }

    public static final class Builder extends PanelBuilder<Builder, TablePanel> {
        private boolean showHeader = true;
        private CellHeight cellHeight = CellHeight.SM;
        private final List<SortBy> sortBy = new ArrayList<>();

        Builder(String title) {
            super(title);
        }

        public Builder showHeader(boolean value) {
            this.showHeader = value;
            return this;
        }

        public Builder cellHeight(CellHeight value) {
            this.cellHeight = value;
            return this;
        }

        public Builder withSortBy(SortBy value) {
            sortBy.add(value);
            return this;
        }

        @Override
        public TablePanel build() {
            return new TablePanel(common(), new Options(showHeader, cellHeight, sortBy));
        }
    }
}
