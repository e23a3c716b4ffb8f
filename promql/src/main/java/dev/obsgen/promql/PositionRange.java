package dev.obsgen.promql;

/**
 * A half-open range {@code [start, end)} of character offsets into the parsed input.
 *
 * <p>Offsets count UTF-16 chars of the Java string, so {@code input.substring(start, end)}
 * is the source text of the node.
 */
public record PositionRange(int start, int end) {

    public PositionRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad position range [" + start + ", " + end + ")");
        }
    }

    /** The source text this range covers. */
    public String textIn(String input) {
        return input.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
