package org.strategycanvas.model.plan;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of the resource inventory: what is available, what is needed (either may be unknown), a note. */
public record Resource(BigDecimal available, BigDecimal needed, String note) {

    public static final Resource UNKNOWN = new Resource(null, null, "");

    public Resource {
        Objects.requireNonNull(note, "note");
    }
}
