package dev.obsgen.model.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Places panels in Grafana's 24-column grid so nobody does coordinate arithmetic: each panel flows to the first
 * free spot at or after the previous one, left to right, wrapping when its width no longer fits; a row header
 * starts below everything placed so far. Explicit positions are kept, and flowing panels go around them.
 */
public final class GridLayout {
    private final List<GridPos> occupied = new ArrayList<>();
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
                occupied.add(candidate);
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
        occupied.add(position);
        return position;
    }

    /** A full-width row header below everything placed so far; the row's panels flow below it. */
    public GridPos rowHeader() {
        int y = occupied.stream().mapToInt(GridPos::bottom).max().orElse(0);
        GridPos header = new GridPos(1, GridPos.COLUMNS, 0, y);
        occupied.add(header);
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

    private boolean isFree(GridPos candidate) {
        return occupied.stream().noneMatch(candidate::overlaps);
    }
}
