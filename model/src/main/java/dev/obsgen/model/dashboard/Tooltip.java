package dev.obsgen.model.dashboard;

/** A panel tooltip: one series or all of them, and their order. */
public record Tooltip(Mode mode, Sort sort) {
    public enum Mode {
        SINGLE("single"), MULTI("multi"), NONE("none");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum Sort {
        NONE("none"), ASCENDING("asc"), DESCENDING("desc");

        private final String id;

        Sort(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static Tooltip multiDescending() {
        return new Tooltip(Mode.MULTI, Sort.DESCENDING);
    }

    public static Tooltip single() {
        return new Tooltip(Mode.SINGLE, Sort.NONE);
    }
}
