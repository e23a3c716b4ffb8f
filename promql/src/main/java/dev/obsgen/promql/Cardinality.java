package dev.obsgen.promql;

/** How the series of the two sides of a vector binary operation pair up. */
public enum Cardinality {
    ONE_TO_ONE,
    /** {@code group_left}: many series on the left match one on the right. */
    MANY_TO_ONE,
    /** {@code group_right}: one series on the left matches many on the right. */
    ONE_TO_MANY,
    /** The set operators {@code and}, {@code or}, {@code unless}. */
    MANY_TO_MANY
}
