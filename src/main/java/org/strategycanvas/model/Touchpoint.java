package org.strategycanvas.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/** A place where the customer meets the brand: a card on the canvas. */
public record Touchpoint(String id, TouchpointType type, String label, String notes, Bounds bounds,
                         MediaSplit split, BigDecimal budget, LocalDate activeFrom, LocalDate activeTo,
                         SortedSet<String> stages) implements Element {

    public static final double DEFAULT_WIDTH = 180;
    public static final double DEFAULT_HEIGHT = 96;

    public Touchpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(budget, "budget");
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("budget must not be negative");
        }
        if (activeFrom != null && activeTo != null && activeTo.isBefore(activeFrom)) {
            throw new IllegalArgumentException("a touchpoint's activity ends on or after its start");
        }
        for (String stage : stages) {
            if (JourneyStage.byId(stage).isEmpty()) {
                throw new IllegalArgumentException("unknown journey stage " + stage);
            }
        }
        stages = Collections.unmodifiableSortedSet(new TreeSet<>(stages));
    }

    /** A touchpoint that serves no journey stage yet. */
    public Touchpoint(String id, TouchpointType type, String label, String notes, Bounds bounds, MediaSplit split,
                      BigDecimal budget, LocalDate activeFrom, LocalDate activeTo) {
        this(id, type, label, notes, bounds, split, budget, activeFrom, activeTo, new TreeSet<>());
    }

    /** The journey stages it serves, as {@link JourneyStage} ids, kept sorted. */
    public Touchpoint withStages(Collection<String> newStages) {
        return new Touchpoint(id, type, label, notes, bounds, split, budget, activeFrom, activeTo,
                new TreeSet<>(newStages));
    }

    /** A touchpoint active for the whole plan. */
    public Touchpoint(String id, TouchpointType type, String label, String notes, Bounds bounds, MediaSplit split,
                      BigDecimal budget) {
        this(id, type, label, notes, bounds, split, budget, null, null);
    }

    /** Whether it is active on some day from {@code from} to {@code to} inclusive; open ends mean always. */
    public boolean activeDuring(LocalDate from, LocalDate to) {
        return (activeFrom == null || !activeFrom.isAfter(to)) && (activeTo == null || !activeTo.isBefore(from));
    }

    public Touchpoint withActiveRange(LocalDate from, LocalDate to) {
        return new Touchpoint(id, type, label, notes, bounds, split, budget, from, to, stages);
    }

    /** A new card of this type at a point, with the type's default split and no budget. */
    public static Touchpoint create(String id, TouchpointType type, String label, double x, double y) {
        return new Touchpoint(id, type, label, "", new Bounds(x, y, DEFAULT_WIDTH, DEFAULT_HEIGHT),
                type.defaultSplit(), BigDecimal.ZERO);
    }

    public Family family() {
        return type.family();
    }

    @Override
    public Touchpoint withBounds(Bounds newBounds) {
        return new Touchpoint(id, type, label, notes, newBounds, split, budget, activeFrom, activeTo, stages);
    }

    @Override
    public String caption() {
        return label;
    }

    @Override
    public Touchpoint withCaption(String caption) {
        return withLabel(caption);
    }

    public Touchpoint withLabel(String newLabel) {
        return new Touchpoint(id, type, newLabel, notes, bounds, split, budget, activeFrom, activeTo, stages);
    }

    public Touchpoint withType(TouchpointType newType) {
        return new Touchpoint(id, newType, label, notes, bounds, split, budget, activeFrom, activeTo, stages);
    }

    public Touchpoint withNotes(String newNotes) {
        return new Touchpoint(id, type, label, newNotes, bounds, split, budget, activeFrom, activeTo, stages);
    }

    public Touchpoint withSplit(MediaSplit newSplit) {
        return new Touchpoint(id, type, label, notes, bounds, newSplit, budget, activeFrom, activeTo, stages);
    }

    public Touchpoint withBudget(BigDecimal newBudget) {
        return new Touchpoint(id, type, label, notes, bounds, split, newBudget, activeFrom, activeTo, stages);
    }

    @Override
    public Touchpoint withId(String newId) {
        return new Touchpoint(newId, type, label, notes, bounds, split, budget, activeFrom, activeTo, stages);
    }
}
