package org.strategycanvas.model;

/** The five digital families of touchpoints, plus offline, each with its icon (an Ikonli Material Design 2 literal). */
public enum Family {
    WEB("web", "mdi2e-earth"),
    MOBILE("mobile", "mdi2t-tablet-cellphone"),
    SOCIAL("social", "mdi2a-account-group"),
    EMAIL("email", "mdi2e-email-multiple-outline"),
    ADVERTISING("advertising", "mdi2b-bullhorn-outline"),
    OFFLINE("offline", "mdi2s-storefront-outline");

    private final String id;
    private final String icon;

    Family(String id, String icon) {
        this.id = id;
        this.icon = icon;
    }

    /** The stable name used in project files and resource keys. */
    public String id() {
        return id;
    }

    /** The family's icon, where the families are listed (the palette's headings). */
    public String icon() {
        return icon;
    }
}
