package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.LinkKind;

/** The focus ring and the link being chosen with the keys, at 200 %: sizes in screen pixels, drawn in world units. */
class KeyboardMarksTest {

    private final RenderView view = RenderView.of(new Bounds(0, 0, 400, 300), 2);
    private final Bounds card = new Bounds(100, 100, 180, 96);

    @Test
    void theFocusRingIsElevenPixelsOutOutsideTheOffTrackFrame() {
        RecordingSurface s = new RecordingSurface();
        KeyboardMarks.focusRing(s, view, card);
        // 11 screen pixels at 200 % are 5.5 world units on each side: 180 + 11 by 96 + 11.
        assertEquals(List.of(new RecordingSurface.Fill(94.5, 94.5, 191, 107, KeyboardMarks.FOCUS)), s.roundStrokes);
        assertTrue(s.balanced());
    }

    @Test
    void aPendingLinkRingsItsTargetAndDrawsTheKindsDashes() {
        RecordingSurface s = new RecordingSurface();
        Bounds objective = new Bounds(400, 100, 200, 96);
        KeyboardMarks.pendingLink(s, view, card, objective, LinkKind.SERVES);
        assertEquals(List.of(new RecordingSurface.Fill(394.5, 94.5, 211, 107, KeyboardMarks.TARGET)), s.roundStrokes);
        assertEquals(List.of(KeyboardMarks.TARGET), s.lineColours);
        // The serves link's dashes, 8 and 5, at 1.5 screen pixels a unit; at 200 %: 8 * 1.5 / 2 = 6 and
        // 5 * 1.5 / 2 = 3.75.
        assertArrayEquals(new double[] {6, 3.75}, s.lineDashes.get(0), 1e-9);
        assertTrue(s.balanced());
    }
}
