package org.strategycanvas.model.mix;

import java.util.Objects;
import java.util.Optional;
import org.strategycanvas.model.MediaSplit;

/**
 * The media mix of some touchpoints: empty when there are none (there is then no share to give), else
 * exact shares and the weighting actually used. A budget-weighted mix of touchpoints that all have a
 * budget of 0 falls back to {@link Weighting#EQUAL}, and says so with {@link #fellBackToEqual()}.
 */
public final class Mix {

    private final Weighting asked;
    private final Weighting used;
    private final int touchpointCount;
    private final Shares shares;

    private Mix(Weighting asked, Weighting used, int touchpointCount, Shares shares) {
        this.asked = Objects.requireNonNull(asked, "asked");
        this.used = Objects.requireNonNull(used, "used");
        this.touchpointCount = touchpointCount;
        this.shares = shares;
    }

    static Mix empty(Weighting asked) {
        return new Mix(asked, asked, 0, null);
    }

    static Mix of(Weighting asked, Weighting used, int touchpointCount, Shares shares) {
        return new Mix(asked, used, touchpointCount, Objects.requireNonNull(shares, "shares"));
    }

    /** True when no touchpoint was given. */
    public boolean isEmpty() {
        return shares == null;
    }

    public int touchpointCount() {
        return touchpointCount;
    }

    /** The weighting asked for. */
    public Weighting asked() {
        return asked;
    }

    /** The weighting used: the one asked for, except for the no-budget fallback. */
    public Weighting used() {
        return used;
    }

    /** True when a budget-weighted mix was asked but no touchpoint had a budget, so all counted the same. */
    public boolean fellBackToEqual() {
        return asked != used;
    }

    /** The exact shares; empty for an empty mix. */
    public Optional<Shares> shares() {
        return Optional.ofNullable(shares);
    }

    /** The shares in whole percents totalling 100 (see {@link Shares#rounded()}); empty for an empty mix. */
    public Optional<MediaSplit> split() {
        return shares().map(Shares::rounded);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mix m && asked == m.asked && used == m.used && touchpointCount == m.touchpointCount
                && Objects.equals(shares, m.shares);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asked, used, touchpointCount, shares);
    }

    @Override
    public String toString() {
        return isEmpty() ? "Mix[empty]" : "Mix[" + used + (fellBackToEqual() ? " (no budget)" : "") + ", "
                + touchpointCount + " touchpoints, " + shares + "]";
    }
}
