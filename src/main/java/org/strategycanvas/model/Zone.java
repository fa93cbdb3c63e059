package org.strategycanvas.model;

import java.util.Objects;

/** A labelled region of the canvas, such as a stage of the customer journey. Drawn behind the cards. */
public record Zone(String id, String label, Tone tone, Bounds bounds) implements Element {

    public Zone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(bounds, "bounds");
    }

    public static Zone create(String id, String label, double x, double y) {
        return new Zone(id, label, Tone.GREY, new Bounds(x, y, 400, 600));
    }

    @Override
    public Zone withBounds(Bounds newBounds) {
        return new Zone(id, label, tone, newBounds);
    }

    @Override
    public String caption() {
        return label;
    }

    @Override
    public Zone withCaption(String caption) {
        return new Zone(id, caption, tone, bounds);
    }

    public Zone withTone(Tone newTone) {
        return new Zone(id, label, newTone, bounds);
    }

    @Override
    public Zone withId(String newId) {
        return new Zone(newId, label, tone, bounds);
    }
}
