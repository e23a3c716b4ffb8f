package dev.obsgen.model.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Panels flow into the 24-column grid by width and height, around explicit positions, and never overlap. */
class GridLayoutTest {
    @Test
    void panelsFlowLeftToRightAndWrap() {
        GridLayout layout = new GridLayout();
        assertEquals(new GridPos(8, 12, 0, 0), layout.flow(12, 8));
        assertEquals(new GridPos(8, 12, 12, 0), layout.flow(12, 8));
        assertEquals(new GridPos(4, 6, 0, 8), layout.flow(6, 4));
        assertEquals(new GridPos(6, 18, 6, 8), layout.flow(18, 6));
    }

    @Test
    void aShortPanelLeavesRoomBesideATallOne() {
        GridLayout layout = new GridLayout();
        layout.flow(12, 8);
        layout.flow(12, 4);
        assertEquals(new GridPos(4, 12, 12, 4), layout.flow(12, 4));
    }

    @Test
    void flowingPanelsGoAroundAnExplicitOne() {
        GridLayout layout = new GridLayout();
        layout.fixed(new GridPos(8, 12, 6, 0), "fixed");
        assertEquals(new GridPos(8, 6, 0, 0), layout.flow(6, 8));
        assertEquals(new GridPos(8, 6, 18, 0), layout.flow(6, 8));
        assertEquals(new GridPos(8, 12, 0, 8), layout.flow(12, 8));
    }

    @Test
    void aRowHeaderStartsBelowEverything() {
        GridLayout layout = new GridLayout();
        layout.flow(12, 8);
        layout.flow(12, 3);
        assertEquals(new GridPos(1, 24, 0, 8), layout.rowHeader());
        assertEquals(new GridPos(5, 24, 0, 9), layout.flow(24, 5));
    }

    @Test
    void overlappingOrOversizedPositionsAreRefused() {
        GridLayout layout = new GridLayout();
        layout.flow(12, 8);
        assertThrows(IllegalArgumentException.class, () -> layout.fixed(new GridPos(4, 4, 10, 2), "overlapping"));
        assertThrows(IllegalArgumentException.class, () -> layout.fixed(new GridPos(4, 8, 20, 20), "too wide"));
        assertThrows(IllegalArgumentException.class, () -> layout.flow(25, 4));
    }

    @Test
    void randomLayoutsNeverOverlapAndStayInTheGrid() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            GridLayout layout = new GridLayout();
            List<GridPos> placed = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                if (random.nextInt(10) == 0) {
                    placed.add(layout.rowHeader());
                } else {
                    placed.add(layout.flow(1 + random.nextInt(24), 1 + random.nextInt(10)));
                }
            }
            for (int i = 0; i < placed.size(); i++) {
                assertTrue(placed.get(i).fitsGrid());
                for (int j = 0; j < i; j++) {
                    assertFalse(placed.get(i).overlaps(placed.get(j)), placed.get(i) + " overlaps " + placed.get(j));
                }
            }
        }
    }

    @Test
    void aPositionFarBelowTheRestStillBlocksWhatFlowsIntoIt() {
        GridLayout layout = new GridLayout();
        layout.fixed(new GridPos(10, 24, 0, 100_000), "far below");
        layout.fixed(new GridPos(70_000, 12, 0, 2), "very tall");
        assertEquals(new GridPos(4, 12, 12, 0), layout.flow(12, 4));
        assertEquals(new GridPos(4, 12, 12, 4), layout.flow(12, 4));
        assertThrows(IllegalArgumentException.class, () -> layout.fixed(new GridPos(1, 1, 0, 100_005), "inside"));
        assertThrows(IllegalArgumentException.class, () -> layout.fixed(new GridPos(1, 1, 5, 69_000), "inside"));
        assertEquals(new GridPos(1, 24, 0, 100_010), layout.rowHeader());
    }

    /** Every placement, fixed positions and row headers among them, is where a cell-by-cell scan puts it. */
    @Test
    void randomLayoutsPlacePanelsWhereACellByCellScanDoes() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            GridLayout layout = new GridLayout();
            ScanLayout scan = new ScanLayout();
            for (int i = 0; i < 40; i++) {
                int kind = random.nextInt(12);
                if (kind == 0) {
                    assertEquals(scan.rowHeader(), layout.rowHeader());
                } else if (kind == 1) {
                    GridPos declared = new GridPos(1 + random.nextInt(6), 1 + random.nextInt(12),
                            random.nextInt(12), random.nextInt(40));
                    boolean free = scan.isFree(declared);
                    if (free) {
                        scan.occupied.add(declared);
                        assertEquals(declared, layout.fixed(declared, "declared"));
                    } else {
                        assertThrows(IllegalArgumentException.class, () -> layout.fixed(declared, "declared"));
                    }
                } else {
                    int width = 1 + random.nextInt(24);
                    int height = 1 + random.nextInt(10);
                    assertEquals(scan.flow(width, height), layout.flow(width, height), "round " + round);
                }
            }
        }
    }

    /** The plain scan the layout must agree with: every cell in reading order against every placed panel. */
    private static final class ScanLayout {
        final List<GridPos> occupied = new ArrayList<>();
        int cursorX;
        int cursorY;

        GridPos flow(int width, int height) {
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

        GridPos rowHeader() {
            int y = occupied.stream().mapToInt(GridPos::bottom).max().orElse(0);
            GridPos header = new GridPos(1, GridPos.COLUMNS, 0, y);
            occupied.add(header);
            cursorX = 0;
            cursorY = y + 1;
            return header;
        }

        boolean isFree(GridPos candidate) {
            return occupied.stream().noneMatch(candidate::overlaps);
        }
    }
}
