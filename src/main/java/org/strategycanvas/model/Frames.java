package org.strategycanvas.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frames of a presentation, derived from the plan's own structure with nothing to set up: the whole
 * canvas; each zone standing for a journey stage, in the journey's order, then the other zones from left to
 * right; each family that has touchpoints (its cards); each objective with the touchpoints serving it.
 * Derived again from the current plan each time, so frames follow the content when it moves.
 */
public final class Frames {

    /** Room left around what a frame shows, in canvas units. */
    public static final double MARGIN = 40;

    /** What the whole-canvas frame shows of an empty plan. */
    static final Bounds EMPTY_CANVAS = new Bounds(-480, -270, 960, 540);

    private Frames() {
    }

    public static List<Frame> of(Project project) {
        List<Frame> frames = new ArrayList<>();
        frames.add(wholeCanvas(project));
        zones(project, frames);
        families(project, frames);
        objectives(project, frames);
        return List.copyOf(frames);
    }

    /** The first frame alone, cheaper than all of them: everything on the canvas. */
    public static Frame wholeCanvas(Project project) {
        Bounds all = project.elements().map(Element::bounds).reduce(Bounds::union).orElse(null);
        return new Frame(Frame.Kind.CANVAS, null, "", all == null ? EMPTY_CANVAS : withMargin(all), List.of());
    }

    private static void zones(Project project, List<Frame> frames) {
        Comparator<Zone> leftToRight = Comparator.comparingDouble((Zone z) -> z.bounds().x())
                .thenComparingDouble(z -> z.bounds().y());
        project.zones().stream().filter(z -> z.stage() != null)
                .sorted(Comparator.comparing((Zone z) -> JourneyStage.byId(z.stage()).orElseThrow())
                        .thenComparing(leftToRight))
                .forEach(z -> frames.add(zoneFrame(Frame.Kind.STAGE, z)));
        project.zones().stream().filter(z -> z.stage() == null).sorted(leftToRight)
                .forEach(z -> frames.add(zoneFrame(Frame.Kind.ZONE, z)));
    }

    private static Frame zoneFrame(Frame.Kind kind, Zone z) {
        return new Frame(kind, z.id(), z.label(), withMargin(z.bounds()), List.of(z.id()));
    }

    private static void families(Project project, List<Frame> frames) {
        Map<Family, Bounds> boxes = new EnumMap<>(Family.class);
        Map<Family, List<String>> cards = new EnumMap<>(Family.class);
        for (Touchpoint t : project.touchpoints()) {
            boxes.merge(t.family(), t.bounds(), Bounds::union);
            cards.computeIfAbsent(t.family(), f -> new ArrayList<>()).add(t.id());
        }
        boxes.forEach((family, box) -> frames.add(new Frame(Frame.Kind.FAMILY, family.id(), "", withMargin(box),
                cards.get(family))));
    }

    private static void objectives(Project project, List<Frame> frames) {
        Map<String, Bounds> servingBoxes = new HashMap<>();
        Map<String, List<String>> serving = new HashMap<>();
        for (Link link : project.links()) {
            if (link.kind() == LinkKind.SERVES) {
                Optional<Element> from = project.element(link.from());
                if (from.isPresent() && from.get() instanceof Touchpoint) {
                    servingBoxes.merge(link.to(), from.get().bounds(), Bounds::union);
                    serving.computeIfAbsent(link.to(), o -> new ArrayList<>()).add(link.from());
                }
            }
        }
        for (Objective o : project.objectives()) {
            Bounds cards = servingBoxes.get(o.id());
            Bounds box = cards == null ? o.bounds() : o.bounds().union(cards);
            List<String> focus = new ArrayList<>();
            focus.add(o.id());
            focus.addAll(serving.getOrDefault(o.id(), List.of()));
            frames.add(new Frame(Frame.Kind.OBJECTIVE, o.id(), o.title(), withMargin(box), focus));
        }
    }

    static Bounds withMargin(Bounds b) {
        return new Bounds(b.x() - MARGIN, b.y() - MARGIN, b.width() + 2 * MARGIN, b.height() + 2 * MARGIN);
    }

    /** The index of the frame with this key, or -1. */
    public static int indexOf(List<Frame> frames, String key) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
