package dev.obsgen.promql;

/** Binary operators with the precedence and associativity upstream's grammar gives them. */
public enum BinaryOp {
    OR("or", 1),
    AND("and", 2),
    UNLESS("unless", 2),
    EQL("==", 3),
    NEQ("!=", 3),
    GTR(">", 3),
    LSS("<", 3),
    GTE(">=", 3),
    LTE("<=", 3),
    /** {@code </}: trims the observations of native histograms above the right-hand value. */
    TRIM_UPPER("</", 3),
    /** {@code >/}: trims the observations of native histograms below the right-hand value. */
    TRIM_LOWER(">/", 3),
    ADD("+", 4),
    SUB("-", 4),
    MUL("*", 5),
    DIV("/", 5),
    MOD("%", 5),
    ATAN2("atan2", 5),
    POW("^", 6);

    /** Unary plus and minus bind like multiplication: tighter than {@code +}, looser than {@code ^}. */
    public static final int UNARY_PRECEDENCE = 5;

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    /** Higher binds tighter: {@code or} is 1, {@code ^} is 6. */
    public int precedence() {
        return precedence;
    }

    /** Only {@code ^} is right-associative: {@code 2 ^ 3 ^ 2} is {@code 2 ^ (3 ^ 2)}. */
    public boolean isRightAssociative() {
        return this == POW;
    }

    public boolean isComparison() {
        return this == EQL || this == NEQ || this == GTR || this == LSS || this == GTE || this == LTE;
    }

    /** The native histogram trim operators, which share the precedence of comparisons. */
    public boolean isHistogramTrim() {
        return this == TRIM_UPPER || this == TRIM_LOWER;
    }

    public boolean isSetOperator() {
        return this == AND || this == OR || this == UNLESS;
    }

    /** The operators a duration expression may also use. */
    public boolean isArithmetic() {
        return this == ADD || this == SUB || this == MUL || this == DIV || this == MOD || this == POW;
    }
}
