package org.strategycanvas.render;

import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.LinkKind;

/**
 * What the keyboard adds to the canvas: a focus ring around the card the keys act on (outside the selection
 * outline and the off-track frame, so all three read together), and, while a link is being chosen with the
 * keys, the card it would go to and the line it would draw, in the kind's own dashes. Sizes are in screen
 * pixels at any zoom.
 */
public final class KeyboardMarks {

    /** The focus ring: a dark ring outside the blue selection outline, visible on any card colour. */
    public static final Rgb FOCUS = Rgb.hex(0x1F2328);
    /** The card a keyboard link would go to (Okabe–Ito orange, apart from the selection's blue). */
    public static final Rgb TARGET = Rgb.hex(0xE69F00);

    /** Outside the selection outline (3 pixels out) and the off-track frame (7 pixels out, see OffTrackPainter). */
    private static final double FOCUS_GAP = 11;
    private static final double FOCUS_WIDTH = 2.5;
    private static final double TARGET_GAP = 11;
    private static final double TARGET_WIDTH = 4;
    /** The selection outline's corner, in world units; rings further out round off a little more. */
    private static final double ARC = 12;

    private KeyboardMarks() {
    }

    /** The focus ring around a card shown at {@code b} (world units). */
    public static void focusRing(Surface s, RenderView view, Bounds b) {
        inWorld(s, view, () -> ring(s, view, b, FOCUS_GAP, FOCUS, FOCUS_WIDTH));
    }

    /** The card a keyboard link would go to, and the line from its source. */
    public static void pendingLink(Surface s, RenderView view, Bounds from, Bounds to, LinkKind kind) {
        inWorld(s, view, () -> {
            double px = 1 / view.scale();
            double[] start = PlanGeometry.borderPoint(from, to.centerX(), to.centerY());
            double[] end = PlanGeometry.borderPoint(to, from.centerX(), from.centerY());
            double[] dashes = LinkPainter.dashes(kind).clone();
            for (int i = 0; i < dashes.length; i++) {
                dashes[i] *= px * 1.5;
            }
            s.line(start[0], start[1], end[0], end[1], TARGET, 3 * px, dashes);
            ring(s, view, to, TARGET_GAP, TARGET, TARGET_WIDTH);
        });
    }

    private static void ring(Surface s, RenderView view, Bounds b, double gapPixels, Rgb colour, double widthPixels) {
        double px = 1 / view.scale();
        double gap = gapPixels * px;
        s.strokeRoundRect(b.x() - gap, b.y() - gap, b.width() + 2 * gap, b.height() + 2 * gap, ARC + 2 * gap, colour,
                widthPixels * px);
    }

    /** Draws in world units, as the renderer does, inside a save/restore pair. */
    private static void inWorld(Surface s, RenderView view, Runnable drawing) {
        Bounds visible = view.visible();
        s.save();
        s.scale(view.scale());
        s.translate(-visible.x(), -visible.y());
        drawing.run();
        s.restore();
    }
}
