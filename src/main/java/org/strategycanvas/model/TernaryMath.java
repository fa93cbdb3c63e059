package org.strategycanvas.model;

/**
 * A media split as a point of the owned / earned / paid triangle, and back.
 *
 * <p><b>Rounding rule.</b> Weights become a split on a grid of {@code step} percent (a divisor of 100,
 * such as 5 or 1) by the largest-remainder method: each weight is scaled so the three total 100, then
 * cut down to a multiple of {@code step}; the points still missing to reach 100 go, {@code step} at a
 * time, to the shares that lost the most in the cut. Remainders equal to within 1e-9 of a step count as
 * a tie, which goes to owned first, then earned, then paid. So the three always total exactly 100 and
 * each share is less than {@code step} points away from its exact value.
 */
public final class TernaryMath {

    /** Remainders closer than this (in steps) are a tie, so that floating-point noise never decides. */
    private static final double TIE = 1e-9;

    /** A point of the triangle as three non-negative weights, not necessarily totalling 1. */
    public record Weights(double owned, double earned, double paid) {

        public Weights {
            if (!(owned >= 0 && earned >= 0 && paid >= 0)
                    || Double.isInfinite(owned) || Double.isInfinite(earned) || Double.isInfinite(paid)) {
                throw new IllegalArgumentException("weights are finite and not negative, got "
                        + owned + "/" + earned + "/" + paid);
            }
            if (owned == 0 && earned == 0 && paid == 0) {
                throw new IllegalArgumentException("at least one weight is above zero");
            }
        }

        public double get(Media media) {
            switch (media) {
                case OWNED:
                    return owned;
                case EARNED:
                    return earned;
                default:
                    return paid;
            }
        }
    }

    private TernaryMath() {
    }

    /** The split on the {@code step} grid nearest to these weights, by the rule in the class comment. */
    public static MediaSplit nearest(Weights weights, int step) {
        if (step <= 0 || 100 % step != 0) {
            throw new IllegalArgumentException("the step divides 100, got " + step);
        }
        int units = 100 / step;
        // Divide by the largest weight first: the sum of huge finite weights could overflow.
        double largest = Math.max(weights.owned(), Math.max(weights.earned(), weights.paid()));
        double[] scaled = new double[3];
        double total = 0;
        for (Media media : Media.values()) {
            scaled[media.ordinal()] = weights.get(media) / largest;
            total += scaled[media.ordinal()];
        }
        int[] whole = new int[3];
        double[] remainder = new double[3];
        int missing = units;
        for (int i = 0; i < 3; i++) {
            double exact = scaled[i] / total * units;
            whole[i] = (int) Math.floor(exact);
            remainder[i] = exact - whole[i];
            missing -= whole[i];
        }
        LargestRemainder.award(whole, missing,
                (a, b) -> Math.abs(remainder[a] - remainder[b]) <= TIE ? 0 : Double.compare(remainder[a], remainder[b]));
        return new MediaSplit(whole[0] * step, whole[1] * step, whole[2] * step);
    }

    public static MediaSplit nearest(double owned, double earned, double paid, int step) {
        return nearest(new Weights(owned, earned, paid), step);
    }

    /** The point of a split: its three shares as fractions totalling 1. */
    public static Weights weights(MediaSplit split) {
        return new Weights(split.owned() / 100.0, split.earned() / 100.0, split.paid() / 100.0);
    }

    /**
     * One move toward a corner (positive {@code points}) or away from it (negative): that share changes by
     * {@code points}, clamped to 0..100, the other two keep their ratio (evenly if both are 0), and the
     * result is put on the {@code step} grid. With {@code |points| >= step} the moved share always changes,
     * unless it is already at 0 or 100.
     */
    public static MediaSplit toward(MediaSplit split, Media media, int points, int step) {
        double target = Math.max(0, Math.min(100, split.get(media) + points));
        double rest = 100 - target;
        double[] values = new double[3];
        values[media.ordinal()] = target;
        double othersTotal = 100 - split.get(media);
        for (Media other : Media.values()) {
            if (other != media) {
                values[other.ordinal()] = othersTotal == 0 ? rest / 2 : rest * split.get(other) / othersTotal;
            }
        }
        return nearest(values[0], values[1], values[2], step);
    }
}
