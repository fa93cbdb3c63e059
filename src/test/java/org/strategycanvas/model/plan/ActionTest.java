package org.strategycanvas.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionTest {

    @Test
    void budgetsAreSortedByScenarioAndMissingOnesAreZero() {
        Action a = new Action("a", "Lancer", null, null, 2, 3, "", Map.of("good", BigDecimal.ONE,
                "best", BigDecimal.TEN), false);
        assertEquals(List.of("best", "good"), List.copyOf(a.budgets().keySet()));
        assertEquals(BigDecimal.ZERO, a.budget("better"));
        assertEquals(5, a.endWeek(), "weeks 2, 3 and 4");
    }

    @Test
    void refusesWhatAPlanCannotHold() {
        assertThrows(IllegalArgumentException.class,
                () -> new Action("a", "", null, null, 0, 0, "", Map.of(), false));
        assertThrows(IllegalArgumentException.class,
                () -> new Action("a", "", null, null, -1, 1, "", Map.of(), false));
        assertThrows(IllegalArgumentException.class,
                () -> new Action("a", "", null, null, 0, 1, "", Map.of("good", new BigDecimal("-1")), false));
    }
}
