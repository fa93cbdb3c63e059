package org.strategycanvas.model;

import java.util.Comparator;

/**
 * The last step of rounding shares to whole units that keep their total: the units still missing go one
 * each to the shares with the largest remainders, and on a tie to the earlier share (owned, earned, paid).
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * Adds the {@code missing} units to {@code whole}, at most one per share.
     *
     * @param byRemainder compares two share indices by their remainders; 0 means a tie
     */
    public static void award(int[] whole, int missing, Comparator<Integer> byRemainder) {
        boolean[] awarded = new boolean[whole.length];
        for (; missing > 0; missing--) {
            int best = -1;
            for (int i = 0; i < whole.length; i++) {
                if (!awarded[i] && (best < 0 || byRemainder.compare(i, best) > 0)) {
                    best = i;
                }
            }
            whole[best]++;
            awarded[best] = true;
        }
    }
}
