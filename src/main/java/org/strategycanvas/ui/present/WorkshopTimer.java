package org.strategycanvas.ui.present;

import java.time.Duration;

/**
 * A workshop countdown: ten minutes to start with, started and paused with one key, a minute more or less
 * with others. It reads no clock itself: each call is given the time in nanoseconds, so it can be tested
 * without waiting.
 */
final class WorkshopTimer {

    static final Duration START = Duration.ofMinutes(10);
    static final Duration MOST = Duration.ofMinutes(99);

    private Duration set = START;
    private Duration left = START;
    private long runningSince = -1;
    private boolean shown;

    /** Starts or pauses; once the time is up, sets it back to what it was started with, paused. */
    void toggle(long now) {
        shown = true;
        if (isRunning()) {
            left = remaining(now);
            runningSince = -1;
            if (left.isZero()) {
                left = set;
            }
        } else {
            set = left;
            runningSince = now;
        }
    }

    /** Adds (or takes away, when negative) whole minutes; never below zero nor above 99 minutes. */
    void adjust(int minutes, long now) {
        shown = true;
        Duration changed = remaining(now).plusMinutes(minutes);
        changed = changed.isNegative() ? Duration.ZERO : changed.compareTo(MOST) > 0 ? MOST : changed;
        left = changed;
        if (isRunning()) {
            runningSince = now;
        }
    }

    Duration remaining(long now) {
        if (!isRunning()) {
            return left;
        }
        Duration rest = left.minusNanos(now - runningSince);
        return rest.isNegative() ? Duration.ZERO : rest;
    }

    boolean isRunning() {
        return runningSince >= 0;
    }

    boolean isUp(long now) {
        return remaining(now).isZero();
    }

    /** Whether it has been used yet: until then it stays off the screen. */
    boolean isShown() {
        return shown;
    }

    /** "9:05": minutes and seconds left, a started second counting as a whole one. */
    String text(long now) {
        Duration rest = remaining(now);
        long seconds = rest.getSeconds() + (rest.getNano() > 0 ? 1 : 0);
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
