package dev.vigil.ui.views;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Where the parts of a split meter bar end (the drawing itself: MetersTest). */
class SplitBarTest {
    @Test
    void edgesAreRoundedRunningSums() {
        assertArrayEquals(new int[]{2, 5, 10}, SplitBar.edges(new double[]{0.2, 0.3, 0.5}, 10));
        assertArrayEquals(new int[]{0, 10, 10}, SplitBar.edges(new double[]{0.04, 0.99, 0.5}, 10), "never past the end");
        assertArrayEquals(new int[]{0, 0}, SplitBar.edges(new double[]{Double.NaN, -1}, 10));
    }
}
