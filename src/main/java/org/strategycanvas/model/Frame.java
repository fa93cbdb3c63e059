package org.strategycanvas.model;

import java.util.List;
import java.util.Objects;

/**
 * One view of a presentation: a part of the canvas worth showing on its own, with the margin around it.
 * {@code subject} names what it shows: a zone's id, a {@link Family} id or an objective's id (null for the
 * whole canvas); {@code name} is the zone's label or the objective's title ("" otherwise). {@code focus} lists
 * the elements the frame is about (the zone; the family's cards; the objective and what serves it), which a
 * presentation may set off from the rest of the canvas in view; it is empty for the whole canvas.
 */
public record Frame(Kind kind, String subject, String name, Bounds bounds, List<String> focus) {

    /** What a frame shows, in the order frames come. */
    public enum Kind { CANVAS, STAGE, ZONE, FAMILY, OBJECTIVE }

    public Frame {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bounds, "bounds");
        focus = List.copyOf(focus);
    }

    /** Stays the same while the content moves: the same frame after an edit has the same key. */
    public String key() {
        return kind + ":" + subject;
    }
}
