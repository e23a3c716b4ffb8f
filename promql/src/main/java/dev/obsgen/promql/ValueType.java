package dev.obsgen.promql;

/** The four types a PromQL expression can evaluate to. */
public enum ValueType {
    SCALAR("scalar"),
    INSTANT_VECTOR("instant vector"),
    RANGE_VECTOR("range vector"),
    STRING("string");

    private final String documentedName;

    ValueType(String documentedName) {
        this.documentedName = documentedName;
    }

    /** The name the Prometheus documentation and error messages use, e.g. "range vector". */
    public String documentedName() {
        return documentedName;
    }

    @Override
    public String toString() {
        return documentedName;
    }
}
