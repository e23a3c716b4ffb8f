package dev.obsgen.model.dashboard;

/** Whether a variable shows at the top of the dashboard: with its label, without it, or not at all. */
public enum VariableHide {
    SHOW(0), HIDE_LABEL(1), HIDE(2);

    private final int code;

    VariableHide(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
