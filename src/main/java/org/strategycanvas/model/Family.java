package org.strategycanvas.model;

/** The five digital families of touchpoints, plus offline. */
public enum Family {
    WEB("web"),
    MOBILE("mobile"),
    SOCIAL("social"),
    EMAIL("email"),
    ADVERTISING("advertising"),
    OFFLINE("offline");

    private final String id;

    Family(String id) {
        this.id = id;
    }

    /** The stable name used in project files and resource keys. */
    public String id() {
        return id;
    }
}
