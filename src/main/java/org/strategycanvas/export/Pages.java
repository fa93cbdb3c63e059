package org.strategycanvas.export;

import org.strategycanvas.render.Surface;

/**
 * Pages ready to go to paper: the sheet they are made for, how many there are, and how to draw each one
 * onto any surface (in points from the sheet's top-left corner). The PDF writer, the printer and the print
 * preview all take pages in this form, whatever they show: the canvas, a poster or the plan document.
 */
public interface Pages {

    Paper paper();

    int count();

    /** Draws page {@code index} (0-based) onto a surface whose units are points of the sheet. */
    void draw(int index, Surface s);
}
