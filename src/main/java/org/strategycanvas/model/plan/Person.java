package org.strategycanvas.model.plan;

import java.util.Objects;

/** Someone involved in the plan, and whether they approve it and its budget. */
public record Person(String name, String role, boolean approves, boolean approvesBudget) {

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
