package org.strategycanvas.model;

/** Something placed on the canvas, with an id unique within its project. */
public sealed interface Element permits Touchpoint, Objective, StickyNote, Zone {

    String id();

    Bounds bounds();

    Element withBounds(Bounds bounds);

    /** The text a person reads on the card, and edits when renaming it. */
    String caption();

    Element withCaption(String caption);

    /** The same element under another id, for copies. */
    Element withId(String id);
}
