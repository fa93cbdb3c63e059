package org.strategycanvas.model;

import java.util.Optional;

/** What a link between two elements means. */
public enum LinkKind {
    /** People move from one touchpoint to the other. */
    FLOW("flow"),
    /** A touchpoint serves an objective. */
    SERVES("serves"),
    /** Any other relation worth drawing. */
    RELATED("related");

    /** Every value, read once (values() copies the array at each call; files ask per card). */
    private static final LinkKind[] ALL = values();

    private final String id;

    LinkKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<LinkKind> byId(String id) {
        for (LinkKind candidate : ALL) {
            if (candidate.id.equals(id)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
