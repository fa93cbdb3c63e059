package org.strategycanvas.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.OffTrack;

/**
 * What the renderer works out once per version of a plan rather than once per frame: where each element and
 * link is (a {@link SpatialGrid} per kind), each link's two elements, the links of each element, and what is
 * off track on a given day. It finds the candidates for a frame; the renderer still tests each one exactly, and
 * draws them in the plan's order, so that the picture is the same as when every element is tested.
 */
final class PlanIndex {

    /** Side of a grid cell, in world units: a few cards wide. */
    static final double CELL = 512;

    private final Project project;
    private final SpatialGrid zones;
    private final SpatialGrid notes;
    private final SpatialGrid objectives;
    private final SpatialGrid touchpoints;
    private final SpatialGrid links;
    /** Each element's place in its own list. */
    private final Map<String, Integer> places = new HashMap<>();
    private final Element[] linkFrom;
    private final Element[] linkTo;
    private final Map<String, List<Integer>> linksOf = new HashMap<>();
    private LocalDate offTrackDay;
    private int[] offTrackObjectives;
    private int[] offTrackTouchpoints;

    private PlanIndex(Project project) {
        this.project = project;
        this.zones = grid(project.zones());
        this.notes = grid(project.notes());
        this.objectives = grid(project.objectives());
        this.touchpoints = grid(project.touchpoints());
        List<Link> all = project.links();
        this.links = new SpatialGrid(CELL, all.size());
        this.linkFrom = new Element[all.size()];
        this.linkTo = new Element[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Link link = all.get(i);
            linkFrom[i] = project.element(link.from()).orElse(null);
            linkTo[i] = project.element(link.to()).orElse(null);
            if (linkFrom[i] != null && linkTo[i] != null) {
                Bounds a = linkFrom[i].bounds();
                Bounds b = linkTo[i].bounds();
                links.addSegment(i, a.centerX(), a.centerY(), b.centerX(), b.centerY());
                linksOf.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(i);
                linksOf.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(i);
            }
        }
    }

    static PlanIndex of(Project project) {
        return new PlanIndex(project);
    }

    Project project() {
        return project;
    }

    private SpatialGrid grid(List<? extends Element> elements) {
        SpatialGrid grid = new SpatialGrid(CELL, elements.size());
        for (int i = 0; i < elements.size(); i++) {
            grid.addRect(i, elements.get(i).bounds());
            places.put(elements.get(i).id(), i);
        }
        return grid;
    }

    /** The zones that may meet the view's visible rectangle where they are shown, in drawing order. */
    int[] zonesIn(RenderView view) {
        return near(zones, project.zones(), view);
    }

    int[] notesIn(RenderView view) {
        return near(notes, project.notes(), view);
    }

    int[] objectivesIn(RenderView view) {
        return near(objectives, project.objectives(), view);
    }

    int[] touchpointsIn(RenderView view) {
        return near(touchpoints, project.touchpoints(), view);
    }

    /** Those of a kind near the visible rectangle, and those being dragged, which may be anywhere. */
    private int[] near(SpatialGrid grid, List<? extends Element> elements, RenderView view) {
        int[] found = grid.query(view.visible());
        if (view.dragged().isEmpty()) {
            return found;
        }
        IntStream dragged = view.dragged().stream().map(places::get).filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .filter(i -> i < elements.size() && view.dragged().contains(elements.get(i).id()));
        return IntStream.concat(IntStream.of(found), dragged).sorted().distinct().toArray();
    }

    /**
     * The links whose line between their elements' centres may come into an area, and those of dragged elements,
     * in drawing order; links with a missing element are left out.
     */
    int[] linksNear(Bounds area, RenderView view) {
        int[] found = links.query(area);
        if (view.dragged().isEmpty()) {
            return found;
        }
        IntStream moving = view.dragged().stream().map(linksOf::get).filter(Objects::nonNull)
                .flatMap(List::stream).mapToInt(Integer::intValue);
        return IntStream.concat(IntStream.of(found), moving).sorted().distinct().toArray();
    }

    Element from(int link) {
        return linkFrom[link];
    }

    Element to(int link) {
        return linkTo[link];
    }

    /** The off-track objectives on a day, as places in their list, in drawing order. */
    int[] offTrackObjectives(LocalDate day) {
        markOffTrack(day);
        return offTrackObjectives;
    }

    /** The touchpoints serving an off-track objective on a day, as places in their list, in drawing order. */
    int[] offTrackTouchpoints(LocalDate day) {
        markOffTrack(day);
        return offTrackTouchpoints;
    }

    private void markOffTrack(LocalDate day) {
        if (day.equals(offTrackDay)) {
            return;
        }
        OffTrack marked = OffTrack.of(project, day);
        offTrackObjectives = IntStream.range(0, project.objectives().size())
                .filter(i -> marked.objectives().contains(project.objectives().get(i).id())).toArray();
        offTrackTouchpoints = IntStream.range(0, project.touchpoints().size())
                .filter(i -> marked.touchpoints().contains(project.touchpoints().get(i).id())).toArray();
        offTrackDay = day;
    }
}
