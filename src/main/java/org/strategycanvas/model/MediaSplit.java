package org.strategycanvas.model;

/** Owned, earned and paid media as whole percents that always total exactly 100. */
public record MediaSplit(int owned, int earned, int paid) {

    public static final MediaSplit ALL_OWNED = new MediaSplit(100, 0, 0);

    public MediaSplit {
        if (owned < 0 || earned < 0 || paid < 0 || owned + earned + paid != 100) {
            throw new IllegalArgumentException(
                    "media split must be three whole percents from 0 to 100 totalling 100, got "
                            + owned + "/" + earned + "/" + paid);
        }
    }

    public static boolean isValid(int owned, int earned, int paid) {
        return owned >= 0 && earned >= 0 && paid >= 0 && owned + earned + paid == 100;
    }
}
