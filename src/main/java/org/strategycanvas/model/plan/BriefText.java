package org.strategycanvas.model.plan;

import java.util.function.Function;

/**
 * The free-text parts of a brief, in the brief's own order: why and where to, the four audiences, the four
 * Ps. Reads one part and gives the brief with one part changed, so that a form can edit any of them alike.
 */
public enum BriefText {
    PURPOSE("purpose", Brief::purpose),
    STARTING_POINT("startingPoint", Brief::startingPoint),
    FUTURE_STATE("futureState", Brief::futureState),
    SOCIAL_FOOTPRINT("socialFootprint", Brief::socialFootprint),
    INTEREST_COMMUNITIES("interestCommunities", Brief::interestCommunities),
    DIGITAL_TARGET("digitalTarget", Brief::digitalTarget),
    SHARED_VALUES("sharedValues", Brief::sharedValues),
    PRODUCT("product", Brief::product),
    PRICE("price", Brief::price),
    PLACE("place", Brief::place),
    PROMOTION("promotion", Brief::promotion);

    private final String id;
    private final Function<Brief, String> reader;

    BriefText(String id, Function<Brief, String> reader) {
        this.id = id;
        this.reader = reader;
    }

    /** The stable name, the same as the field's in project files. */
    public String id() {
        return id;
    }

    public String of(Brief brief) {
        return reader.apply(brief);
    }

    /** The brief with this part replaced by {@code text}; everything else as it was. */
    public Brief in(Brief brief, String text) {
        String[] t = new String[values().length];
        for (BriefText part : values()) {
            t[part.ordinal()] = part == this ? text : part.of(brief);
        }
        return new Brief(t[0], t[1], t[2], t[3], t[4], t[5], t[6],
                brief.staff(), brief.budget(), brief.time(), brief.expertise(),
                t[7], t[8], t[9], t[10], brief.people());
    }
}
