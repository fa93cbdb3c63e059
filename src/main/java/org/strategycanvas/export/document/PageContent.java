package org.strategycanvas.export.document;

import java.util.List;

/** One page once laid out: the section its running header names, and its pieces from top to bottom. */
public record PageContent(String section, List<Placed> placed) {

    public PageContent {
        placed = List.copyOf(placed);
    }

    public boolean isEmpty() {
        return placed.isEmpty();
    }
}
