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
}
