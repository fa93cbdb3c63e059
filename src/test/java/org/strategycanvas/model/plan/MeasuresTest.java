package org.strategycanvas.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuresTest {

    private static Actual actual(String objective, int day, String value) {
        return new Actual(objective, LocalDate.of(2026, 3, day), new BigDecimal(value));
    }

    private final Actual a1 = actual("o1", 1, "10");
    private final Actual a5 = actual("o1", 5, "12");
    private final Actual b3 = actual("o2", 3, "99");

    @Test
    void aNewDayGoesAtTheEndAndTheSameDayIsACorrection() {
        assertEquals(List.of(a1, b3, a5), Measures.record(List.of(a1, b3), a5));
        Actual corrected = actual("o1", 1, "11");
        assertEquals(List.of(corrected, b3), Measures.record(List.of(a1, b3), corrected), "replaced in place");
        assertEquals(List.of(a1, b3, actual("o2", 1, "5")), Measures.record(List.of(a1, b3), actual("o2", 1, "5")),
                "the same day of another objective is another value");
    }

    @Test
    void newestFirstForOneObjective() {
        assertEquals(List.of(a5, a1), Measures.newestFirst(List.of(a1, b3, a5), "o1"));
        assertEquals(List.of(), Measures.newestFirst(List.of(a1, b3, a5), "o3"));
    }

    @Test
    void removingTakesOneValueOut() {
        assertEquals(List.of(a1, a5), Measures.remove(List.of(a1, b3, a5), b3));
        assertEquals(List.of(a1), Measures.remove(List.of(a1), b3));
    }
}
