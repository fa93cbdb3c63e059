package org.strategycanvas.model;

/** The three kinds of media a touchpoint's reach comes from. */
public enum Media {
    OWNED("owned"),
    EARNED("earned"),
    PAID("paid");

    private final String id;

    Media(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
