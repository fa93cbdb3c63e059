package org.strategycanvas.model;

import java.util.Arrays;
import java.util.Optional;

/** How the plan's time is cut into periods, counted from the plan's start date. */
public enum PeriodUnit {
    WEEK("week"),
    MONTH("month");

    private final String id;

    PeriodUnit(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<PeriodUnit> byId(String id) {
        return Arrays.stream(values()).filter(u -> u.id.equals(id)).findFirst();
    }
}
