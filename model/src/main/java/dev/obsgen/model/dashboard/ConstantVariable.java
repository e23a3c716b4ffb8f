package dev.obsgen.model.dashboard;

/** A hidden, fixed value, such as a job name shared by every query of the dashboard. */
public record ConstantVariable(String name, String value) implements Variable {
    @Override
    public String label() {
        return "";
    }

    @Override
    public VariableHide hide() {
        return VariableHide.HIDE;
    }

    @Override
    public String type() {
        return "constant";
    }
}
