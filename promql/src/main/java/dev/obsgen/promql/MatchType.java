package dev.obsgen.promql;

/** The four label matching operators of a vector selector. */
public enum MatchType {
    EQUAL("="),
    NOT_EQUAL("!="),
    REGEX("=~"),
    NOT_REGEX("!~");

    private final String symbol;

    MatchType(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isRegex() {
        return this == REGEX || this == NOT_REGEX;
    }

    public boolean isNegative() {
        return this == NOT_EQUAL || this == NOT_REGEX;
    }
}
