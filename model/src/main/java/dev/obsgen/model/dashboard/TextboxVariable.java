package dev.obsgen.model.dashboard;

/** A free text the viewer types, such as a search filter; {@code value} is what it holds until changed. */
public record TextboxVariable(String name, String label, String value, VariableHide hide) implements Variable {
    public TextboxVariable {
        label = label == null ? "" : label;
        value = value == null ? "" : value;
        hide = hide == null ? VariableHide.SHOW : hide;
    }

    @Override
    public String type() {
        return "textbox";
    }
}
