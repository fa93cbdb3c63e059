package org.strategycanvas.render;

import org.strategycanvas.model.MediaSplit;

/** One line of a mix table: what it is about, its mix (null when there is nothing to mix), and if it is a heading. */
public record MixRow(String label, MediaSplit split, boolean heading) {
}
