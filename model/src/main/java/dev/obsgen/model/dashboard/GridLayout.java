package dev.obsgen.model.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places panels in Grafana's 24-column grid so nobody does coordinate arithmetic: each panel flows to the first
 * free spot at or after the previous one, left to right, wrapping when its width no longer fits; a row header
 * starts below everything placed so far. Explicit positions are kept, and flowing panels go around them.
 */
public final class GridLayout {
    // Rows below this are held as one bit per column; a position reaching further (absurd in a dashboard, but
    // allowed) is kept whole and compared with each candidate, so no declared position allocates its height.
    private static final int MASKED_ROWS = 1 << 16;

    private int[] rows = new int[64];
    private final List<GridPos> tall = new ArrayList<>();
    private int bottom;
    private int cursorX;
    private int cursorY;

    /** The next free position for a panel of this size. */
    public GridPos flow(int width, int height) {
        if (width > GridPos.COLUMNS) {
            throw new IllegalArgumentException("a panel is at most " + GridPos.COLUMNS + " columns wide, not " + width);
        }
        int x = cursorX;
        int y = cursorY;
        while (true) {
            if (x + width > GridPos.COLUMNS) {
                x = 0;
                y++;
                continue;
            }
            GridPos candidate = new GridPos(height, width, x, y);
            if (isFree(candidate)) {
                occupy(candidate);
                cursorX = candidate.right();
                cursorY = y;
                return candidate;
            }
            x++;
        }
    }

    /** Keeps a declared position; it must fit the grid and not cover anything already placed. */
    public GridPos fixed(GridPos position, String what) {
        if (!position.fitsGrid()) {
            throw new IllegalArgumentException(what + " reaches column " + position.right() + " of " + GridPos.COLUMNS);
        }
        if (!isFree(position)) {
            throw new IllegalArgumentException(what + " at " + position + " overlaps a panel placed before it");
        }
        occupy(position);
        return position;
    }

    /** A full-width row header below everything placed so far; the row's panels flow below it. */
    public GridPos rowHeader() {
        int y = bottom;
        GridPos header = new GridPos(1, GridPos.COLUMNS, 0, y);
        occupy(header);
        cursorX = 0;
        cursorY = y + 1;
        return header;
    }

    /** A row header at a declared position; the row's panels flow below it. */
    public GridPos rowHeader(GridPos declared, String what) {
        GridPos header = fixed(declared, what);
        cursorX = 0;
        cursorY = header.bottom();
        return header;
    }

    private static int columns(GridPos position) {
        return (int) (((1L << position.w()) - 1) << position.x());
    }

    private boolean isFree(GridPos candidate) {
        int columns = columns(candidate);
        int end = Math.min(candidate.bottom(), Math.min(rows.length, MASKED_ROWS));
        for (int y = candidate.y(); y < end; y++) {
            if ((rows[y] & columns) != 0) {
                return false;
            }
        }
        for (GridPos placed : tall) {
            if (placed.overlaps(candidate)) {
                return false;
            }
        }
        return true;
    }

    private void occupy(GridPos position) {
        bottom = Math.max(bottom, position.bottom());
        if (position.bottom() > MASKED_ROWS) {
            tall.add(position);
            return;
        }
        if (position.bottom() > rows.length) {
            rows = Arrays.copyOf(rows, Math.min(MASKED_ROWS, Math.max(rows.length * 2, position.bottom())));
        }
        int columns = columns(position);
        for (int y = position.y(); y < position.bottom(); y++) {
            rows[y] |= columns;
        }
    }
}
