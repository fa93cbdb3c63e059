package org.strategycanvas.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The workshop timer, run on a pretend clock given in nanoseconds. */
class WorkshopTimerTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void itStaysHiddenUntilUsedThenCountsDownFromTenMinutes() {
        WorkshopTimer timer = new WorkshopTimer();
        assertFalse(timer.isShown());
        assertEquals("10:00", timer.text(0));
        timer.toggle(0);
        assertTrue(timer.isShown());
        assertTrue(timer.isRunning());
        // 0.5 s in, 9:59.5 are left: a started second counts, so it reads 10:00; at 1 s, 9:59.
        assertEquals("10:00", timer.text(SECOND / 2));
        assertEquals("9:59", timer.text(SECOND));
        assertEquals("7:30", timer.text(150 * SECOND));
    }

    @Test
    void pausingKeepsTheTimeLeft() {
        WorkshopTimer timer = new WorkshopTimer();
        timer.toggle(0);
        timer.toggle(65 * SECOND);
        assertFalse(timer.isRunning());
        // 600 - 65 = 535 s = 8:55, and it stays there while paused.
        assertEquals("8:55", timer.text(500 * SECOND));
        timer.toggle(1000 * SECOND);
        assertEquals("8:45", timer.text(1010 * SECOND));
    }

    @Test
    void plusAndMinusAddAndTakeMinutesButNeverBelowZero() {
        WorkshopTimer timer = new WorkshopTimer();
        timer.adjust(1, 0);
        assertTrue(timer.isShown(), "adjusting shows it");
        assertFalse(timer.isRunning(), "but does not start it");
        assertEquals("11:00", timer.text(0));
        timer.adjust(-12, 0);
        assertEquals("0:00", timer.text(0));
        timer.adjust(100, 0);
        assertEquals("99:00", timer.text(0), "at most 99 minutes");
    }

    @Test
    void whenTheTimeIsUpItSaysSoAndTheKeySetsItBack() {
        WorkshopTimer timer = new WorkshopTimer();
        timer.adjust(-9, 0);
        timer.toggle(0);
        assertFalse(timer.isUp(59 * SECOND));
        assertTrue(timer.isUp(61 * SECOND));
        assertEquals("0:00", timer.text(3600 * SECOND));
        timer.toggle(3600 * SECOND);
        assertFalse(timer.isRunning());
        assertEquals("1:00", timer.text(3600 * SECOND), "back to the minute it was started with");
    }
}
