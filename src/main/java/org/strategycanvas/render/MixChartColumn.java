package org.strategycanvas.render;

import org.strategycanvas.model.MediaSplit;

/**
 * One period of the mix-over-time chart: its label ("Mar 26", "W3"), its phase (or null), the target
 * mix and the planned mix (each null when there is none), and whether the gap between them is too wide.
 */
public record MixChartColumn(String label, String phase, MediaSplit target, MediaSplit planned, int gap,
                             boolean flagged) {
}
