package org.strategycanvas.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Bounds;

class ViewportTest {

    @Test
    void screenAndWorldAreInverse() {
        Viewport v = new Viewport();
        v.panBy(100, 50);
        v.zoomAbout(2, 0, 0);
        assertEquals(2, v.scale(), 1e-12);
        for (double world : new double[] {-300, 0, 17.5, 1000}) {
            assertEquals(world, v.toWorldX(v.toScreenX(world)), 1e-9);
            assertEquals(world, v.toWorldY(v.toScreenY(world)), 1e-9);
        }
        assertEquals(200, v.toScreenX(0), 1e-9, "the pan is kept, in world units");
        assertEquals((10 + 50) * 2, v.toScreenY(10), 1e-9);
    }

    @Test
    void zoomKeepsThePointUnderThePointer() {
        Viewport v = new Viewport();
        v.panBy(-40, 30);
        double worldX = v.toWorldX(320);
        double worldY = v.toWorldY(240);
        v.zoomAbout(1.7, 320, 240);
        assertEquals(worldX, v.toWorldX(320), 1e-9);
        assertEquals(worldY, v.toWorldY(240), 1e-9);
    }

    @Test
    void zoomStaysBetweenTenAndFourHundredPercent() {
        Viewport v = new Viewport();
        v.zoomAbout(1000, 0, 0);
        assertEquals(4, v.scale(), 1e-12);
        v.zoomAbout(1e-6, 10, 10);
        assertEquals(0.1, v.scale(), 1e-12);
    }

    @Test
    void fitShowsTheWholeRectangleCentred() {
        Viewport v = new Viewport();
        v.fit(new Bounds(1000, 1000, 2000, 1000), 840, 640, 20, 1);
        assertEquals(0.4, v.scale(), 1e-12);
        assertEquals(2000, v.toWorldX(420), 1e-9);
        assertEquals(1500, v.toWorldY(320), 1e-9);
        v.fit(new Bounds(0, 0, 10, 10), 840, 640, 20, 1);
        assertEquals(1, v.scale(), 1e-12, "a small content is not blown up past the cap");
    }

    @Test
    void visibleWorldFollowsOriginAndScale() {
        Viewport v = new Viewport();
        v.setScaleAbout(0.5, 0, 0);
        v.panBy(-100, -50);
        assertEquals(new Bounds(200, 100, 1600, 1200), v.visibleWorld(800, 600));
    }
}
