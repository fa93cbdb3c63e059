package org.strategycanvas.model;

/** Owned, earned and paid media as whole percents that always total exactly 100. */
public record MediaSplit(int owned, int earned, int paid) {

    public static final MediaSplit ALL_OWNED = new MediaSplit(100, 0, 0);

    public MediaSplit {
        if (!isValid(owned, earned, paid)) {
            throw new IllegalArgumentException(
                    "media split must be three whole percents from 0 to 100 totalling 100, got "
                            + owned + "/" + earned + "/" + paid);
        }
    }

    public static boolean isValid(int owned, int earned, int paid) {
        return owned >= 0 && earned >= 0 && paid >= 0 && owned + earned + paid == 100;
    }

    public int get(Media media) {
        switch (media) {
            case OWNED:
                return owned;
            case EARNED:
                return earned;
            default:
                return paid;
        }
    }

    /**
     * Sets one share and rescales the other two so the total stays 100. The rest (100 minus the new
     * value, which is clamped to 0..100) is shared between the other two in the ratio they had (evenly
     * if both were 0); each is rounded to the nearest whole percent, the first in owned, earned, paid order
     * taking the point on a tie, so the three always total exactly 100.
     */
    public MediaSplit with(Media media, int value) {
        int v = Math.max(0, Math.min(100, value));
        int rest = 100 - v;
        Media[] others = othersOf(media);
        int a = get(others[0]);
        int b = get(others[1]);
        // Round half up in exact integer arithmetic: the first of the two gets the point on a tie.
        int wholeA = a + b == 0 ? (rest + 1) / 2 : (2 * rest * a + a + b) / (2 * (a + b));
        int wholeB = rest - wholeA;
        int[] values = new int[3];
        values[media.ordinal()] = v;
        values[others[0].ordinal()] = wholeA;
        values[others[1].ordinal()] = wholeB;
        return new MediaSplit(values[0], values[1], values[2]);
    }

    private static Media[] othersOf(Media media) {
        switch (media) {
            case OWNED:
                return new Media[] {Media.EARNED, Media.PAID};
            case EARNED:
                return new Media[] {Media.OWNED, Media.PAID};
            default:
                return new Media[] {Media.OWNED, Media.EARNED};
        }
    }
}
