package dev.obsgen.model.dashboard;

import dev.obsgen.model.Values;
import java.util.List;

/** A panel legend: shown or not, as a list or a table, below or right of the graph, with reducer columns. */
public record Legend(boolean showLegend, DisplayMode displayMode, Placement placement, List<String> calcs) {
    public enum DisplayMode {
        LIST("list"), TABLE("table"), HIDDEN("hidden");

        private final String id;

        DisplayMode(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum Placement {
        BOTTOM("bottom"), RIGHT("right");

        private final String id;

        Placement(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Legend {
        calcs = Values.list(calcs);
    }

    public static Legend bottomList() {
        return new Legend(true, DisplayMode.LIST, Placement.BOTTOM, List.of());
    }

    public static Legend hidden() {
        return new Legend(false, DisplayMode.HIDDEN, Placement.BOTTOM, List.of());
    }

    /** A table legend below the graph with the given reducers, such as {@code mean} and {@code max}. */
    public static Legend table(String... calcs) {
        return new Legend(true, DisplayMode.TABLE, Placement.BOTTOM, Values.of(calcs));
    }
}
