package dev.obsgen.model.dashboard;

/** Chooses one data source of a plugin type (such as {@code prometheus}) for the whole dashboard. */
public record DatasourceVariable(String name, String label, String pluginId, String regex, VariableHide hide)
        implements Variable {
    public DatasourceVariable {
        label = label == null ? "" : label;
        regex = regex == null ? "" : regex;
        hide = hide == null ? VariableHide.SHOW : hide;
    }

    /** The {@code datasource} variable every panel's {@code ${datasource}} refers to. */
    public static DatasourceVariable prometheus() {
        return new DatasourceVariable("datasource", "Data source", "prometheus", "", VariableHide.SHOW);
    }

    @Override
    public String type() {
        return "datasource";
    }
}
