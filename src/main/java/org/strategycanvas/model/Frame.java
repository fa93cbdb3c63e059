package org.strategycanvas.model;

import java.util.Objects;

/**
 * One view of a presentation: a part of the canvas worth showing on its own, with the margin around it.
 * {@code subject} names what it shows: a zone's id, a {@link Family} id or an objective's id (null for the
 * whole canvas); {@code name} is the zone's label or the objective's title ("" otherwise).
 */
public record Frame(Kind kind, String subject, String name, Bounds bounds) {

    /** What a frame shows, in the order frames come. */
    public enum Kind { CANVAS, STAGE, ZONE, FAMILY, OBJECTIVE }

    public Frame {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bounds, "bounds");
    }

    /** Stays the same while the content moves: the same frame after an edit has the same key. */
    public String key() {
        return kind + ":" + subject;
    }
}
