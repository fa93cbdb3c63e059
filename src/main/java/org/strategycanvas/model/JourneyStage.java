package org.strategycanvas.model;

import java.util.Arrays;
import java.util.Optional;

/** Where a person stands in the customer journey; a touchpoint serves some of these stages. */
public enum JourneyStage {
    UNAWARE("unaware"),
    AWARE("aware"),
    CONSIDERING("considering"),
    BUYING("buying"),
    LOYAL("loyal"),
    ADVOCATE("advocate");

    private final String id;

    JourneyStage(String id) {
        this.id = id;
    }

    /** The stable name used in project files and resource keys. */
    public String id() {
        return id;
    }

    public static Optional<JourneyStage> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
