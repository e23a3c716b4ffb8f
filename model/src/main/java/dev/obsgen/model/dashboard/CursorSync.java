package dev.obsgen.model.dashboard;

/** Whether panels share the crosshair, or the crosshair and the tooltip, when hovering over one of them. */
public enum CursorSync {
    OFF(0), CROSSHAIR(1), TOOLTIP(2);

    private final int code;

    CursorSync(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
