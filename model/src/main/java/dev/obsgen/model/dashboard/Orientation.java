package dev.obsgen.model.dashboard;

/** Which way a panel lays out its values. */
public enum Orientation {
    AUTO("auto"), VERTICAL("vertical"), HORIZONTAL("horizontal");

    private final String id;

    Orientation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
