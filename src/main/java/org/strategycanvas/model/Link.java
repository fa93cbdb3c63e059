package org.strategycanvas.model;

import java.util.Objects;

/** A directed connection between two elements of the same project. */
public record Link(String id, String from, String to, LinkKind kind) {

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean touches(String elementId) {
        return from.equals(elementId) || to.equals(elementId);
    }

    public Link withId(String newId) {
        return new Link(newId, from, to, kind);
    }

    public Link withEnds(String newFrom, String newTo) {
        return new Link(id, newFrom, newTo, kind);
    }
}
