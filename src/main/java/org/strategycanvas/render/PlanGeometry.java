package org.strategycanvas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Zone;

/** Where things are on the plan: hit testing, rectangle selection, the extent of the content. */
public final class PlanGeometry {

    /** Height of a zone's header strip, in world units: the part of a zone that can be grabbed. */
    public static final double ZONE_HEADER = 32;

    private PlanGeometry() {
    }

    /**
     * The top-most element at a world point: touchpoints above objectives above notes above zones, and
     * within a kind the one drawn last. A zone is hit only on its header strip.
     */
    public static Optional<Element> topAt(Project project, double x, double y) {
        Element hit = lastContaining(project.touchpoints(), x, y);
        if (hit == null) {
            hit = lastContaining(project.objectives(), x, y);
        }
        if (hit == null) {
            hit = lastContaining(project.notes(), x, y);
        }
        if (hit == null) {
            List<Zone> zones = project.zones();
            for (int i = zones.size() - 1; i >= 0 && hit == null; i--) {
                if (headerOf(zones.get(i).bounds()).contains(x, y)) {
                    hit = zones.get(i);
                }
            }
        }
        return Optional.ofNullable(hit);
    }

    private static Element lastContaining(List<? extends Element> elements, double x, double y) {
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i).bounds().contains(x, y)) {
                return elements.get(i);
            }
        }
        return null;
    }

    /**
     * The ids of the elements a rectangle touches, in drawing order. Zones count only when the rectangle
     * holds them whole, so that a rubber band drawn inside a zone does not pick the zone itself.
     */
    public static List<String> touchedBy(Project project, Bounds area) {
        List<String> ids = new ArrayList<>();
        project.elements().forEach(e -> {
            boolean hit = e instanceof Zone ? area.containsAll(e.bounds()) : area.intersects(e.bounds());
            if (hit) {
                ids.add(e.id());
            }
        });
        return ids;
    }

    /** The smallest rectangle holding every element, or empty for an empty plan. */
    public static Optional<Bounds> contentBounds(Project project) {
        return project.elements().map(Element::bounds).reduce(Bounds::union);
    }

    public static Bounds headerOf(Bounds zone) {
        return new Bounds(zone.x(), zone.y(), zone.width(), Math.min(ZONE_HEADER, zone.height()));
    }

    /**
     * Where the line from the centre of a rectangle towards a point leaves the rectangle; the centre
     * itself when the point is inside.
     */
    public static double[] borderPoint(Bounds box, double towardX, double towardY) {
        double cx = box.centerX();
        double cy = box.centerY();
        double dx = towardX - cx;
        double dy = towardY - cy;
        double tx = dx == 0 ? Double.POSITIVE_INFINITY : (box.width() / 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.POSITIVE_INFINITY : (box.height() / 2) / Math.abs(dy);
        double t = Math.min(tx, ty);
        if (t >= 1 || Double.isInfinite(t)) {
            return new double[] {cx, cy};
        }
        return new double[] {cx + dx * t, cy + dy * t};
    }
}
