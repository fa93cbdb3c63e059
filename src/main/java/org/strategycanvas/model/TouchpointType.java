package org.strategycanvas.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A kind of touchpoint: its family, its icon (an Ikonli Material Design 2 literal) and the media split a
 * new card of this kind starts with.
 */
public enum TouchpointType {
    WEBSITE("website", Family.WEB, "mdi2w-web", 85, 10, 5),
    BLOG("blog", Family.WEB, "mdi2p-post-outline", 75, 20, 5),
    ARTICLES("articles", Family.WEB, "mdi2n-newspaper-variant-outline", 40, 50, 10),

    MOBILE_APP("mobile-app", Family.MOBILE, "mdi2c-cellphone", 80, 10, 10),

    FACEBOOK("facebook", Family.SOCIAL, "mdi2f-facebook", 50, 30, 20),
    INSTAGRAM("instagram", Family.SOCIAL, "mdi2i-instagram", 45, 35, 20),
    LINKEDIN("linkedin", Family.SOCIAL, "mdi2l-linkedin", 55, 30, 15),
    YOUTUBE("youtube", Family.SOCIAL, "mdi2y-youtube", 50, 30, 20),
    X("x", Family.SOCIAL, "mdi2t-twitter", 50, 40, 10),
    TIKTOK("tiktok", Family.SOCIAL, "mdi2m-music-note", 40, 40, 20),
    PINTEREST("pinterest", Family.SOCIAL, "mdi2p-pinterest", 50, 35, 15),
    REVIEWS("reviews", Family.SOCIAL, "mdi2s-star-outline", 10, 85, 5),

    NEWSLETTER("newsletter", Family.EMAIL, "mdi2e-email-newsletter", 90, 5, 5),
    EMAIL_CAMPAIGN("email-campaign", Family.EMAIL, "mdi2e-email-outline", 70, 5, 25),

    PAID_SEARCH("paid-search", Family.ADVERTISING, "mdi2c-cursor-default-click", 0, 0, 100),
    DISPLAY_ADS("display-ads", Family.ADVERTISING, "mdi2a-advertisements", 0, 0, 100),
    SOCIAL_ADS("social-ads", Family.ADVERTISING, "mdi2b-bullhorn", 0, 5, 95),
    SEO("seo", Family.ADVERTISING, "mdi2m-magnify", 70, 30, 0),

    STORE("store", Family.OFFLINE, "mdi2s-storefront", 80, 15, 5),
    PHONE("phone", Family.OFFLINE, "mdi2p-phone", 90, 5, 5),
    CUSTOMER_SERVICE("customer-service", Family.OFFLINE, "mdi2f-face-agent", 80, 15, 5),
    PRINT("print", Family.OFFLINE, "mdi2p-printer", 40, 0, 60),
    EVENTS("events", Family.OFFLINE, "mdi2c-calendar-star", 40, 30, 30),
    TRADITIONAL_ADS("traditional-ads", Family.OFFLINE, "mdi2t-television-classic", 0, 0, 100),
    WORD_OF_MOUTH("word-of-mouth", Family.OFFLINE, "mdi2a-account-voice", 0, 100, 0),
    PARTNERS("partners", Family.OFFLINE, "mdi2h-handshake", 20, 50, 30);

    /** Every value, read once (values() copies the array at each call; files ask per card). */
    private static final TouchpointType[] ALL = values();

    private final String id;
    private final Family family;
    private final String icon;
    private final MediaSplit defaultSplit;

    TouchpointType(String id, Family family, String icon, int owned, int earned, int paid) {
        this.id = id;
        this.family = family;
        this.icon = icon;
        this.defaultSplit = new MediaSplit(owned, earned, paid);
    }

    /** The stable name used in project files and resource keys. */
    public String id() {
        return id;
    }

    public Family family() {
        return family;
    }

    public String icon() {
        return icon;
    }

    public MediaSplit defaultSplit() {
        return defaultSplit;
    }

    public static Optional<TouchpointType> byId(String id) {
        for (TouchpointType candidate : ALL) {
            if (candidate.id.equals(id)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static List<TouchpointType> ofFamily(Family family) {
        return Arrays.stream(values()).filter(t -> t.family == family).toList();
    }
}
