package org.strategycanvas.model.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A KPI value measured for an objective on a day: what the feedback loop compares with the target. */
public record Actual(String objectiveId, LocalDate date, BigDecimal value) {

    public Actual {
        Objects.requireNonNull(objectiveId, "objectiveId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
    }
}
