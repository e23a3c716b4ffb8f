package dev.obsgen.promql;

/** The aggregation operators, with the type of the parameter the ones that take one expect. */
public enum AggregationOp {
    SUM("sum", null, false),
    AVG("avg", null, false),
    COUNT("count", null, false),
    MIN("min", null, false),
    MAX("max", null, false),
    GROUP("group", null, false),
    STDDEV("stddev", null, false),
    STDVAR("stdvar", null, false),
    TOPK("topk", ValueType.SCALAR, false),
    BOTTOMK("bottomk", ValueType.SCALAR, false),
    QUANTILE("quantile", ValueType.SCALAR, false),
    COUNT_VALUES("count_values", ValueType.STRING, false),
    LIMITK("limitk", ValueType.SCALAR, true),
    LIMIT_RATIO("limit_ratio", ValueType.SCALAR, true);

    private final String keyword;
    private final ValueType parameterType;
    private final boolean experimental;

    AggregationOp(String keyword, ValueType parameterType, boolean experimental) {
        this.keyword = keyword;
        this.parameterType = parameterType;
        this.experimental = experimental;
    }

    public String keyword() {
        return keyword;
    }

    public boolean hasParameter() {
        return parameterType != null;
    }

    /** The type of the first argument for {@code topk}, {@code quantile}, ...; null for the others. */
    public ValueType parameterType() {
        return parameterType;
    }

    /** Needs {@code --enable-feature=promql-experimental-functions} on the server. */
    public boolean isExperimental() {
        return experimental;
    }
}
