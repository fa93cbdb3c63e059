package org.strategycanvas.render;

import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.Zone;

/**
 * The whole plan in a few pixels, for a minimap: zones as tinted areas, notes in their paper colour, objectives
 * and touchpoints as blocks (touchpoints in their family's colour), each at least a pixel wide, on a framed
 * background. Cheap enough for ten thousand cards: one plain rectangle each, no text, no links.
 */
public final class MinimapPainter {

    private MinimapPainter() {
    }

    /** Paints the minimap with its top-left corner at the surface's origin, one unit per pixel. */
    public static void paint(Project project, MinimapGeometry g, Surface s) {
        s.fillRect(0, 0, g.width(), g.height(), Palette.CARD);
        s.save();
        s.scale(g.scale());
        s.translate(-g.world().x(), -g.world().y());
        double pixel = 1 / g.scale();
        for (Zone z : project.zones()) {
            block(s, z.bounds(), pixel, Palette.tone(z.tone()).withAlpha(0.6));
        }
        for (StickyNote n : project.notes()) {
            block(s, n.bounds(), pixel, Palette.tone(n.tone()).mix(Palette.INK, 0.15));
        }
        for (Objective o : project.objectives()) {
            block(s, o.bounds(), pixel, Palette.OBJECTIVE_BORDER);
        }
        for (Touchpoint t : project.touchpoints()) {
            block(s, t.bounds(), pixel, Palette.family(t.family()));
        }
        s.restore();
        s.strokeRect(0.5, 0.5, g.width() - 1, g.height() - 1, Palette.CARD_BORDER, 1);
    }

    private static void block(Surface s, Bounds b, double pixel, Rgb fill) {
        s.fillRect(b.x(), b.y(), Math.max(b.width(), pixel), Math.max(b.height(), pixel), fill);
    }
}
