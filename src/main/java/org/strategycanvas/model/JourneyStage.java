package org.strategycanvas.model;

import java.util.Optional;

/** Where a person stands in the customer journey; a touchpoint serves some of these stages. */
public enum JourneyStage {
    UNAWARE("unaware"),
    AWARE("aware"),
    CONSIDERING("considering"),
    BUYING("buying"),
    LOYAL("loyal"),
    ADVOCATE("advocate");

    /** Every value, read once (values() copies the array at each call; files ask per card). */
    private static final JourneyStage[] ALL = values();

    private final String id;

    JourneyStage(String id) {
        this.id = id;
    }

    /** The stable name used in project files and resource keys. */
    public String id() {
        return id;
    }

    public static Optional<JourneyStage> byId(String id) {
        for (JourneyStage candidate : ALL) {
            if (candidate.id.equals(id)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
