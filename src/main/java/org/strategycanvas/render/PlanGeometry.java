package org.strategycanvas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Link;
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

    /** Where a link's line starts and ends (x1, y1, x2, y2), between its elements' borders; empty if one is missing. */
    public static Optional<double[]> linkLine(Project project, Link link) {
        Optional<Element> from = project.element(link.from());
        Optional<Element> to = project.element(link.to());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        Bounds a = from.get().bounds();
        Bounds b = to.get().bounds();
        double[] start = borderPoint(a, b.centerX(), b.centerY());
        double[] end = borderPoint(b, a.centerX(), a.centerY());
        return Optional.of(new double[] {start[0], start[1], end[0], end[1]});
    }

    /** The link drawn last whose line passes within {@code tolerance} of a world point. */
    public static Optional<Link> linkAt(Project project, double x, double y, double tolerance) {
        List<Link> links = project.links();
        for (int i = links.size() - 1; i >= 0; i--) {
            Optional<double[]> line = linkLine(project, links.get(i));
            if (line.isPresent() && distanceToSegment(x, y, line.get()) <= tolerance) {
                return Optional.of(links.get(i));
            }
        }
        return Optional.empty();
    }

    static double distanceToSegment(double x, double y, double[] seg) {
        double dx = seg[2] - seg[0];
        double dy = seg[3] - seg[1];
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((x - seg[0]) * dx + (y - seg[1]) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(x - (seg[0] + t * dx), y - (seg[1] + t * dy));
    }

    /** Where the handle to draw a link from an element sits: the middle of its right edge. */
    public static double[] connectHandle(Bounds b) {
        return new double[] {b.maxX(), b.centerY()};
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
