package org.strategycanvas.render;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.strategycanvas.model.Bounds;

/**
 * What to draw of a plan and how: the visible part of the world and its scale (screen units per world
 * unit), the selected, hovered and renamed elements, the elements being dragged with their offset, the
 * grid, and the day the plan is read on ({@code today}), which decides what is off track; the renderer
 * never reads the clock. Null ids mean "none"; a null day marks nothing off track. The style is the editor's
 * look or the projector's.
 */
public record RenderView(Bounds visible, double scale, Set<String> selected, String hovered, String renaming,
                         Set<String> dragged, double dragDx, double dragDy, boolean gridVisible,
                         double gridSize, LocalDate today, RenderStyle style) {

    public static final double DEFAULT_GRID = 20;

    public RenderView {
        Objects.requireNonNull(visible, "visible");
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive");
        }
        selected = Set.copyOf(selected);
        dragged = Set.copyOf(dragged);
        Objects.requireNonNull(style, "style");
    }

    /** A plain view of a world rectangle: nothing selected, no grid. */
    public static RenderView of(Bounds visible, double scale) {
        return new RenderView(visible, scale, Set.of(), null, null, Set.of(), 0, 0, false, DEFAULT_GRID, null,
                RenderStyle.EDITOR);
    }

    public RenderView withSelection(Set<String> ids) {
        return new RenderView(visible, scale, ids, hovered, renaming, dragged, dragDx, dragDy, gridVisible,
                gridSize, today, style);
    }

    public RenderView withHovered(String id) {
        return new RenderView(visible, scale, selected, id, renaming, dragged, dragDx, dragDy, gridVisible,
                gridSize, today, style);
    }

    public RenderView withRenaming(String id) {
        return new RenderView(visible, scale, selected, hovered, id, dragged, dragDx, dragDy, gridVisible,
                gridSize, today, style);
    }

    public RenderView withDrag(Set<String> ids, double dx, double dy) {
        return new RenderView(visible, scale, selected, hovered, renaming, ids, dx, dy, gridVisible, gridSize, today,
                style);
    }

    public RenderView withGrid(boolean visibleGrid, double size) {
        return new RenderView(visible, scale, selected, hovered, renaming, dragged, dragDx, dragDy,
                visibleGrid, size, today, style);
    }

    /** The day the plan is read on: objectives off track that day, and what serves them, are marked. */
    public RenderView withToday(LocalDate day) {
        return new RenderView(visible, scale, selected, hovered, renaming, dragged, dragDx, dragDy,
                gridVisible, gridSize, day, style);
    }

    /** The look to draw in: the editor's, or the projector's. */
    public RenderView withStyle(RenderStyle newStyle) {
        return new RenderView(visible, scale, selected, hovered, renaming, dragged, dragDx, dragDy, gridVisible,
                gridSize, today, newStyle);
    }

    /** Where an element is shown: its own bounds, shifted by the drag offset while it is dragged. */
    public Bounds shown(String id, Bounds bounds) {
        return dragged.contains(id) ? bounds.translate(dragDx, dragDy) : bounds;
    }
}
