package org.strategycanvas.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Which screen the projector goes to, over lists of screen bounds (a test machine has only one screen). */
class ScreenChoiceTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1920, 0, 1920, 1080);
    private static final Rectangle2D PROJECTOR_720 = new Rectangle2D(1920, 0, 1280, 720);

    @Test
    void theRememberedScreenIsFoundByItsBounds() {
        String remembered = ScreenChoice.remember(List.of(LAPTOP, PROJECTOR), 1);
        assertEquals("1;1920,0,1920,1080", remembered);
        assertEquals(1, ScreenChoice.choose(List.of(LAPTOP, PROJECTOR), 0, remembered));
        assertEquals(0, ScreenChoice.choose(List.of(PROJECTOR, LAPTOP), 1, remembered),
                "the same screen, now listed first");
    }

    @Test
    void aScreenAtTheSamePlaceWithOtherBoundsIsStillTheProjector() {
        assertEquals(1, ScreenChoice.choose(List.of(LAPTOP, PROJECTOR_720), 0, "1;1920,0,1920,1080"));
    }

    @Test
    void whenTheRememberedScreenIsGoneThePrimaryIsUsed() {
        assertEquals(0, ScreenChoice.choose(List.of(LAPTOP), 0, "1;1920,0,1920,1080"));
        assertEquals(1, ScreenChoice.choose(List.of(PROJECTOR, LAPTOP), 1, "2;3840,0,1920,1080"),
                "the primary, wherever it is listed");
    }

    @Test
    void nothingRememberedOrABrokenSettingGivesThePrimary() {
        assertEquals(0, ScreenChoice.choose(List.of(LAPTOP, PROJECTOR), 0, null));
        assertEquals(0, ScreenChoice.choose(List.of(LAPTOP, PROJECTOR), 0, "projector please"));
        assertEquals(0, ScreenChoice.choose(List.of(LAPTOP, PROJECTOR), 0, "1;wide"));
    }
}
