package org.strategycanvas.ui.palette;

import org.strategycanvas.model.TouchpointType;

/** Where palette entries land: the canvas. */
public interface DropTarget {

    /** Creates a touchpoint at a scene point; false if the point is not over the canvas. */
    boolean acceptDrop(TouchpointType type, double sceneX, double sceneY);

    /** Creates a touchpoint in the middle of what the canvas shows (keyboard and double-click). */
    void addAtCentre(TouchpointType type);
}
