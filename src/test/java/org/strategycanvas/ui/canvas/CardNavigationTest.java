package org.strategycanvas.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.ui.canvas.CardNavigation.Direction;
import org.strategycanvas.ui.canvas.CardNavigation.Placed;

/** Reading order and nearest card in a direction, on five cards of 180 × 96 placed by hand. */
class CardNavigationTest {

    private static Placed card(String id, double x, double y) {
        return new Placed(id, new Bounds(x, y, 180, 96));
    }

    //  a (0, 0)   b (300, 10)          centres: a (90, 48), b (390, 58)
    //                    e (400, 45)            e (490, 93)
    //    c (100, 200)                           c (190, 248)
    // d (-50, 230)                              d (40, 278)
    private final Placed a = card("a", 0, 0);
    private final Placed b = card("b", 300, 10);
    private final Placed c = card("c", 100, 200);
    private final Placed d = card("d", -50, 230);
    private final Placed e = card("e", 400, 45);
    private final List<Placed> cards = List.of(c, e, a, d, b);

    private Optional<String> nearest(String fromId, Placed from, Direction direction) {
        return CardNavigation.nearest(cards, fromId, from.bounds().centerX(), from.bounds().centerY(), direction);
    }

    @Test
    void readingOrderGoesByRowsFromTheTopThenFromTheLeft() {
        // By top: a 0, b 10, e 45, c 200, d 230. Row 1 starts at 0: b (10 <= 0 + 40) joins it, e (45 > 40)
        // starts row 2; c (200 > 45 + 40) starts row 3 and d (230 <= 240) joins it, left of c.
        assertEquals(List.of("a", "b", "e", "d", "c"), CardNavigation.readingOrder(cards));
    }

    @Test
    void readingOrderDoesNotDependOnTheInputOrder() {
        assertEquals(CardNavigation.readingOrder(cards), CardNavigation.readingOrder(List.of(b, d, a, e, c)));
        // Two cards at the same place: by id.
        assertEquals(List.of("p", "q"), CardNavigation.readingOrder(List.of(card("q", 0, 0), card("p", 0, 0))));
    }

    @Test
    void stepGoesRoundAtBothEnds() {
        List<String> order = List.of("a", "b", "c");
        assertEquals(Optional.of("b"), CardNavigation.step(order, "a", false));
        assertEquals(Optional.of("a"), CardNavigation.step(order, "c", false), "after the last, the first");
        assertEquals(Optional.of("c"), CardNavigation.step(order, "a", true), "before the first, the last");
        assertEquals(Optional.of("a"), CardNavigation.step(order, null, false), "from nothing: the first");
        assertEquals(Optional.of("c"), CardNavigation.step(order, null, true), "backwards from nothing: the last");
        assertEquals(Optional.of("a"), CardNavigation.step(order, "gone", false));
        assertEquals(Optional.empty(), CardNavigation.step(List.of(), null, false));
    }

    @Test
    void nearestWeighsTheDistanceSidewaysTwice() {
        // Right of a (90, 48): b ahead 300, sideways 10 -> 320; e 400 + 2 * 45 = 490; c 100 + 2 * 200 = 500;
        // d is behind (40 < 90).
        assertEquals(Optional.of("b"), nearest("a", a, Direction.RIGHT));
        // Down from a: b 10 + 2 * 300 = 610; e 45 + 2 * 400 = 845; c 200 + 2 * 100 = 400; d 230 + 2 * 50 = 330.
        assertEquals(Optional.of("d"), nearest("a", a, Direction.DOWN));
        // Left of a: only d (40 < 90).
        assertEquals(Optional.of("d"), nearest("a", a, Direction.LEFT));
        // Up from a: every other centre is lower (58, 93, 248, 278 > 48).
        assertEquals(Optional.empty(), nearest("a", a, Direction.UP));
        // Up from c (190, 248): a 200 + 2 * 100 = 400; b 190 + 2 * 200 = 590; e 155 + 2 * 300 = 755.
        assertEquals(Optional.of("a"), nearest("c", c, Direction.UP));
    }

    @Test
    void nearestFromAPointWithoutACard() {
        // From the point (400, 300), left: c ahead 210, sideways 52 -> 314; d 360 + 2 * 22 = 404;
        // a 310 + 2 * 252 = 814; b 10 + 2 * 242 = 494.
        assertEquals(Optional.of("c"), CardNavigation.nearest(cards, null, 400, 300, Direction.LEFT));
    }
}
