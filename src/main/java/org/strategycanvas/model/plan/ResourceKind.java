package org.strategycanvas.model.plan;

/** The four resources a brief takes stock of. */
public enum ResourceKind {
    STAFF("staff"),
    BUDGET("budget"),
    TIME("time"),
    EXPERTISE("expertise");

    private final String id;

    ResourceKind(String id) {
        this.id = id;
    }

    /** The stable name used in project files and resource keys. */
    public String id() {
        return id;
    }
}
