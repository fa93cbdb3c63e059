package org.strategycanvas.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the plan sets out to reach, measured by one KPI: a metric and its unit, from a baseline to a
 * target by a deadline. Baseline, target and deadline may still be unknown (null). The owner is a name
 * ("" when nobody owns it yet).
 */
public record Objective(String id, String title, String kpiMetric, String unit, BigDecimal baseline,
                        BigDecimal target, LocalDate deadline, Bounds bounds, String owner) implements Element {

    public static final double DEFAULT_WIDTH = 200;
    public static final double DEFAULT_HEIGHT = 96;

    public Objective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kpiMetric, "kpiMetric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(owner, "owner");
    }

    /** An objective nobody owns yet. */
    public Objective(String id, String title, String kpiMetric, String unit, BigDecimal baseline, BigDecimal target,
                     LocalDate deadline, Bounds bounds) {
        this(id, title, kpiMetric, unit, baseline, target, deadline, bounds, "");
    }

    public Objective withOwner(String newOwner) {
        return new Objective(id, title, kpiMetric, unit, baseline, target, deadline, bounds, newOwner);
    }

    public static Objective create(String id, String title, double x, double y) {
        return new Objective(id, title, "", "", null, null, null, new Bounds(x, y, DEFAULT_WIDTH, DEFAULT_HEIGHT));
    }

    @Override
    public Objective withBounds(Bounds newBounds) {
        return new Objective(id, title, kpiMetric, unit, baseline, target, deadline, newBounds, owner);
    }

    @Override
    public String caption() {
        return title;
    }

    @Override
    public Objective withCaption(String caption) {
        return new Objective(id, caption, kpiMetric, unit, baseline, target, deadline, bounds, owner);
    }

    public Objective withKpi(String newMetric, String newUnit, BigDecimal newBaseline, BigDecimal newTarget,
                             LocalDate newDeadline) {
        return new Objective(id, title, newMetric, newUnit, newBaseline, newTarget, newDeadline, bounds, owner);
    }

    @Override
    public Objective withId(String newId) {
        return new Objective(newId, title, kpiMetric, unit, baseline, target, deadline, bounds, owner);
    }
}
