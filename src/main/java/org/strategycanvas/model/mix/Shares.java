package org.strategycanvas.model.mix;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.strategycanvas.model.LargestRemainder;
import org.strategycanvas.model.Media;
import org.strategycanvas.model.MediaSplit;

/**
 * Exact owned, earned and paid shares of a mix, from three non-negative amounts (such as budget × percent
 * summed over touchpoints): share = amount / total × 100. The amounts are kept exactly, so the rounding
 * to whole percents is exact too and ties are real ties.
 *
 * <p>Rounding ({@link #rounded()}) uses the largest-remainder method: each share is first rounded down;
 * the points still missing to reach 100 (0, 1 or 2) go one each to the shares with the largest
 * remainders; on equal remainders owned goes before earned, earned before paid. So the result always
 * totals exactly 100 and each whole percent is within 1 point of its exact share.
 */
public final class Shares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal[] amounts;
    private final BigDecimal total;

    private Shares(BigDecimal owned, BigDecimal earned, BigDecimal paid) {
        this.amounts = new BigDecimal[] {owned, earned, paid};
        this.total = owned.add(earned).add(paid);
    }

    /** Shares in proportion to three amounts, none negative, not all zero. */
    public static Shares of(BigDecimal owned, BigDecimal earned, BigDecimal paid) {
        Objects.requireNonNull(owned, "owned");
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(paid, "paid");
        if (owned.signum() < 0 || earned.signum() < 0 || paid.signum() < 0) {
            throw new IllegalArgumentException("amounts of media must not be negative");
        }
        if (owned.signum() == 0 && earned.signum() == 0 && paid.signum() == 0) {
            throw new IllegalArgumentException("shares need a positive total");
        }
        return new Shares(owned, earned, paid);
    }

    /** The shares of one split, exactly its percents. */
    public static Shares of(MediaSplit split) {
        return of(BigDecimal.valueOf(split.owned()), BigDecimal.valueOf(split.earned()),
                BigDecimal.valueOf(split.paid()));
    }

    public double owned() {
        return get(Media.OWNED);
    }

    public double earned() {
        return get(Media.EARNED);
    }

    public double paid() {
        return get(Media.PAID);
    }

    /** The exact share of one medium in percent, 0 to 100, as a double. */
    public double get(Media media) {
        return amounts[media.ordinal()].multiply(HUNDRED).divide(total, MathContext.DECIMAL64).doubleValue();
    }

    /** Whole percents totalling exactly 100, by the largest-remainder method described above. */
    public MediaSplit rounded() {
        int[] whole = new int[3];
        BigDecimal[] remainders = new BigDecimal[3];
        int missing = 100;
        for (int i = 0; i < 3; i++) {
            BigDecimal[] qr = amounts[i].multiply(HUNDRED).divideAndRemainder(total);
            whole[i] = qr[0].intValueExact();
            remainders[i] = qr[1];
            missing -= whole[i];
        }
        LargestRemainder.award(whole, missing, (a, b) -> remainders[a].compareTo(remainders[b]));
        return new MediaSplit(whole[0], whole[1], whole[2]);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Shares s)) {
            return false;
        }
        // Same proportions: a/T == b/U for each medium, compared exactly by cross-multiplying.
        for (int i = 0; i < 3; i++) {
            if (amounts[i].multiply(s.total).compareTo(s.amounts[i].multiply(total)) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return rounded().hashCode();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Shares[%.4f/%.4f/%.4f]", owned(), earned(), paid());
    }
}
