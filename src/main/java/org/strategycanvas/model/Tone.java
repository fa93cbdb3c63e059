package org.strategycanvas.model;

import java.util.Arrays;
import java.util.Optional;

/** The colour of a sticky note or a zone, named rather than given as RGB so themes can render it. */
public enum Tone {
    YELLOW("yellow"),
    PINK("pink"),
    BLUE("blue"),
    GREEN("green"),
    GREY("grey");

    private final String id;

    Tone(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Tone> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
