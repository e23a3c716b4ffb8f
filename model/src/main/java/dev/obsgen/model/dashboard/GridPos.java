package dev.obsgen.model.dashboard;

/** A panel's place in Grafana's 24-column grid: height in grid rows (about 30 px), width in columns, then x and y. */
public record GridPos(int h, int w, int x, int y) {
    public static final int COLUMNS = 24;

    public GridPos {
        if (h <= 0 || w <= 0 || x < 0 || y < 0) {
            throw new IllegalArgumentException("a grid position needs h, w > 0 and x, y >= 0, not h " + h + ", w " + w
                    + ", x " + x + ", y " + y);
        }
    }

    public int right() {
        return x + w;
    }

    public int bottom() {
        return y + h;
    }

    public boolean overlaps(GridPos other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    public boolean fitsGrid() {
        return right() <= COLUMNS;
    }
}
