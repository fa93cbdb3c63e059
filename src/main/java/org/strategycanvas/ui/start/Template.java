package org.strategycanvas.ui.start;

import java.util.List;

/**
 * A plan to start from, shipped in the jar under {@code org/strategycanvas/templates/}. Its name and its
 * one-line description come from the bundles, in the interface's language; its content stays in the
 * language it was written in ({@code language}, an ISO 639-1 code).
 */
public record Template(String id, String language) {

    /** The shipped templates, in the order the start page shows them. */
    public static final List<Template> ALL = List.of(
            new Template("bike-shop", "fr"),
            new Template("consultant", "en"),
            new Template("product-launch", "en"),
            new Template("workshop-board", "fr"));

    /** Where the file is on the class path. */
    public String resource() {
        return "/org/strategycanvas/templates/" + id + ".strategy.json";
    }

    public String nameKey() {
        return "start.template." + id + ".name";
    }

    public String lineKey() {
        return "start.template." + id + ".line";
    }
}
