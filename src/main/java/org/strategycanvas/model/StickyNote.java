package org.strategycanvas.model;

import java.util.Objects;

/** A free note on the canvas. */
public record StickyNote(String id, String text, Tone tone, Bounds bounds) implements Element {

    public static final double DEFAULT_SIZE = 150;

    public StickyNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(bounds, "bounds");
    }

    public static StickyNote create(String id, String text, double x, double y) {
        return new StickyNote(id, text, Tone.YELLOW, new Bounds(x, y, DEFAULT_SIZE, DEFAULT_SIZE * 0.7));
    }

    @Override
    public StickyNote withBounds(Bounds newBounds) {
        return new StickyNote(id, text, tone, newBounds);
    }

    @Override
    public String caption() {
        return text;
    }

    @Override
    public StickyNote withCaption(String caption) {
        return new StickyNote(id, caption, tone, bounds);
    }

    public StickyNote withTone(Tone newTone) {
        return new StickyNote(id, text, newTone, bounds);
    }

    @Override
    public StickyNote withId(String newId) {
        return new StickyNote(newId, text, tone, bounds);
    }
}
