package org.strategycanvas.model;

import java.util.Arrays;
import java.util.Optional;

/** What a link between two elements means. */
public enum LinkKind {
    /** People move from one touchpoint to the other. */
    FLOW("flow"),
    /** A touchpoint serves an objective. */
    SERVES("serves"),
    /** Any other relation worth drawing. */
    RELATED("related");

    private final String id;

    LinkKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<LinkKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
