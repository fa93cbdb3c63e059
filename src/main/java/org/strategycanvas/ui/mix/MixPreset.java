package org.strategycanvas.ui.mix;

import org.strategycanvas.model.MediaSplit;

/** Starting points for a media split, named in the bundle as {@code ternary.preset.<id>}. */
public enum MixPreset {
    /** The site and the newsletter do most of the work. */
    OWNED_LED("ownedLed", new MediaSplit(70, 20, 10)),
    /** As even as whole percents allow. */
    BALANCED("balanced", new MediaSplit(34, 33, 33)),
    /** A community that talks about the brand: reviews, shares, press. */
    EARNED_LED("earnedLed", new MediaSplit(20, 60, 20)),
    /** A launch, when nobody knows the brand yet and reach must be bought. */
    PAID_LAUNCH("paidLaunch", new MediaSplit(20, 20, 60));

    private final String id;
    private final MediaSplit split;

    MixPreset(String id, MediaSplit split) {
        this.id = id;
        this.split = split;
    }

    public String id() {
        return id;
    }

    public MediaSplit split() {
        return split;
    }
}
