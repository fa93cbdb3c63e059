package org.strategycanvas.model.plan;

import java.util.List;
import java.util.Objects;

/** A budget scenario: a stable id that actions' budgets refer to, and a name the person may edit. */
public record Scenario(String id, String name) {

    public static final String GOOD = "good";
    public static final String BETTER = "better";
    public static final String BEST = "best";

    /** The three scenarios a new plan starts with. */
    public static final List<Scenario> DEFAULTS = List.of(
            new Scenario(GOOD, "Good"), new Scenario(BETTER, "Better"), new Scenario(BEST, "Best"));

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a scenario has an id");
        }
    }
}
