package org.strategycanvas.model;

import java.util.Objects;

/** A named run of periods, such as "launch" or "loyalty": periods {@code first} to {@code last}, 0-based. */
public record Phase(String name, int first, int last) {

    public Phase {
        Objects.requireNonNull(name, "name");
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("a phase runs from a period to the same or a later one");
        }
    }

    public boolean contains(int period) {
        return period >= first && period <= last;
    }
}
