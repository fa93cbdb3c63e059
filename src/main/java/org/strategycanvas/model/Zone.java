package org.strategycanvas.model;

import java.util.Objects;

/** A labelled region of the canvas, such as a stage of the customer journey. Drawn behind the cards. */
public record Zone(String id, String label, Tone tone, Bounds bounds, String stage) implements Element {

    public Zone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(bounds, "bounds");
        if (stage != null && JourneyStage.byId(stage).isEmpty()) {
            throw new IllegalArgumentException("unknown journey stage " + stage);
        }
    }

    /** A zone that stands for no journey stage. */
    public Zone(String id, String label, Tone tone, Bounds bounds) {
        this(id, label, tone, bounds, null);
    }

    /** The journey stage this zone stands for: a {@link JourneyStage} id, or null. */
    public Zone withStage(String newStage) {
        return new Zone(id, label, tone, bounds, newStage);
    }

    public static Zone create(String id, String label, double x, double y) {
        return new Zone(id, label, Tone.GREY, new Bounds(x, y, 400, 600));
    }

    @Override
    public Zone withBounds(Bounds newBounds) {
        return new Zone(id, label, tone, newBounds, stage);
    }

    @Override
    public String caption() {
        return label;
    }

    @Override
    public Zone withCaption(String caption) {
        return new Zone(id, caption, tone, bounds, stage);
    }

    public Zone withTone(Tone newTone) {
        return new Zone(id, label, newTone, bounds, stage);
    }

    @Override
    public Zone withId(String newId) {
        return new Zone(newId, label, tone, bounds, stage);
    }
}
