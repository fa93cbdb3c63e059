package org.strategycanvas.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefTextTest {

    private static final Brief FULL = new Brief("purpose", "start", "future", "footprint", "interests", "digital",
            "values", new Resource(BigDecimal.ONE, BigDecimal.TEN, "staff"), Resource.UNKNOWN,
            new Resource(null, BigDecimal.TEN, "time"), Resource.UNKNOWN, "product", "price", "place", "promotion",
            List.of(new Person("Claire", "Manager", true, true)));

    @Test
    void eachPartReadsItsOwnField() {
        assertEquals(List.of("purpose", "start", "future", "footprint", "interests", "digital", "values", "product",
                "price", "place", "promotion"), List.of(BriefText.values()).stream().map(p -> p.of(FULL)).toList());
    }

    @Test
    void replacingOnePartLeavesEverythingElseAsItWas() {
        for (BriefText part : BriefText.values()) {
            Brief changed = part.in(FULL, "new");
            assertEquals("new", part.of(changed), part.id());
            for (BriefText other : BriefText.values()) {
                if (other != part) {
                    assertEquals(other.of(FULL), other.of(changed), part + " changed " + other);
                }
            }
            assertEquals(FULL.resources(), changed.resources());
            assertEquals(FULL.people(), changed.people());
            assertEquals(FULL, part.in(changed, part.of(FULL)), "and putting the old text back gives the same brief");
        }
    }

    @Test
    void theIdsAreTheFileFieldNames() {
        assertEquals("startingPoint", BriefText.STARTING_POINT.id());
        assertEquals("sharedValues", BriefText.SHARED_VALUES.id());
    }

    @Test
    void peopleCanBeReplaced() {
        List<Person> people = List.of(new Person("Julien", "Baker", false, false));
        assertEquals(people, FULL.withPeople(people).people());
        assertEquals(FULL.purpose(), FULL.withPeople(people).purpose());
    }
}
