package org.strategycanvas.render;

import java.util.Objects;
import java.util.Set;
import org.strategycanvas.model.Bounds;

/**
 * What to draw of a plan and how: the visible part of the world and its scale (screen units per world
 * unit), the selected, hovered and renamed elements, the elements being dragged with their offset, and
 * the grid. Null ids mean "none".
 */
public record RenderView(Bounds visible, double scale, Set<String> selected, String hovered, String renaming,
                         Set<String> dragged, double dragDx, double dragDy, boolean gridVisible,
                         double gridSize) {

    public static final double DEFAULT_GRID = 20;

    public RenderView {
        Objects.requireNonNull(visible, "visible");
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive");
        }
        selected = Set.copyOf(selected);
        dragged = Set.copyOf(dragged);
    }

    /** A plain view of a world rectangle: nothing selected, no grid. */
    public static RenderView of(Bounds visible, double scale) {
        return new RenderView(visible, scale, Set.of(), null, null, Set.of(), 0, 0, false, DEFAULT_GRID);
    }

    public RenderView withSelection(Set<String> ids) {
        return new RenderView(visible, scale, ids, hovered, renaming, dragged, dragDx, dragDy, gridVisible, gridSize);
    }

    public RenderView withHovered(String id) {
        return new RenderView(visible, scale, selected, id, renaming, dragged, dragDx, dragDy, gridVisible, gridSize);
    }

    public RenderView withRenaming(String id) {
        return new RenderView(visible, scale, selected, hovered, id, dragged, dragDx, dragDy, gridVisible, gridSize);
    }

    public RenderView withDrag(Set<String> ids, double dx, double dy) {
        return new RenderView(visible, scale, selected, hovered, renaming, ids, dx, dy, gridVisible, gridSize);
    }

    public RenderView withGrid(boolean visibleGrid, double size) {
        return new RenderView(visible, scale, selected, hovered, renaming, dragged, dragDx, dragDy, visibleGrid, size);
    }

    /** Where an element is shown: its own bounds, shifted by the drag offset while it is dragged. */
    public Bounds shown(String id, Bounds bounds) {
        return dragged.contains(id) ? bounds.translate(dragDx, dragDy) : bounds;
    }
}
