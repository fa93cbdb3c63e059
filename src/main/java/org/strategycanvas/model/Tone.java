package org.strategycanvas.model;

import java.util.Optional;

/** The colour of a sticky note or a zone, named rather than given as RGB so themes can render it. */
public enum Tone {
    YELLOW("yellow"),
    PINK("pink"),
    BLUE("blue"),
    GREEN("green"),
    GREY("grey");

    /** Every value, read once (values() copies the array at each call; files ask per card). */
    private static final Tone[] ALL = values();

    private final String id;

    Tone(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Tone> byId(String id) {
        for (Tone candidate : ALL) {
            if (candidate.id.equals(id)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
